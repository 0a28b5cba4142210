// Russia's footprint: which actors are within two hops of Russia, and through what?
//
// Relationships are followed in either direction. Each actor appears once, at its shortest
// distance, with every distinct route of that length.
//
// Parameters (CLI: --param actorId=niger-junta; Neo4j Browser: run this line first):
//   :param actorId => "russia"
//
// Returns one row per actor, nearest first: hops (1 or 2), actor (id), actorName, kind,
// through (the relationship types on its routes), routes (e.g.
// "russia -[DEPLOYED_TO]-> niger <-[GOVERNS]- niger-junta").
MATCH (center:Actor {id: coalesce($actorId, 'russia')})
MATCH p = (center)-[*1..2]-(a:Actor)
WHERE a <> center
WITH center, a, min(length(p)) AS hops
MATCH p = (center)-[*1..2]-(a)
WHERE length(p) = hops
WITH a, hops, relationships(p) AS rels, nodes(p) AS ns
WITH a, hops, rels,
     reduce(route = ns[0].id, i IN range(0, size(rels) - 1) |
       route + CASE WHEN startNode(rels[i]) = ns[i] THEN ' -[' + type(rels[i]) + ']-> '
                    ELSE ' <-[' + type(rels[i]) + ']- ' END + ns[i + 1].id) AS route
UNWIND rels AS r
WITH a, hops, route, r ORDER BY route
WITH a, hops, collect(DISTINCT type(r)) AS through, collect(DISTINCT route) AS routes
RETURN hops, a.id AS actor, a.name AS actorName, a.kind AS kind, through, routes
ORDER BY hops, actor;
