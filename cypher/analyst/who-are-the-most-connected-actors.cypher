// Which actors are the most connected?
//
// Degree: an actor's relationships in either direction (parallel relationships each count), its
// outgoing and incoming ones, and its distinct neighbours.
//
// Parameters (CLI: --param limit=34 for every actor; Neo4j Browser: run this line first):
//   :param limit => 10
//
// Returns: actor (id), name, kind, degree, outgoing, incoming, neighbours; highest degree first.
MATCH (a:Actor)
WITH a, COUNT { (a)-->(:Actor) } AS outgoing, COUNT { (a)<--(:Actor) } AS incoming
RETURN a.id AS actor, a.name AS name, a.kind AS kind, outgoing + incoming AS degree, outgoing, incoming,
       COUNT { MATCH (a)--(n:Actor) RETURN DISTINCT n } AS neighbours
ORDER BY degree DESC, actor
LIMIT coalesce($limit, 10);
