// Which actors have no relationships at all?
//
// Actors in the graph that no article links to anything: a gap in the coverage, or an actor
// that only page furniture mentions (seeds/NOTES.md says why each is kept).
//
// Parameters: none.
//
// Returns: actor (id), name, kind, description.
MATCH (a:Actor)
WHERE NOT EXISTS { (a)--() }
RETURN a.id AS actor, a.name AS name, a.kind AS kind, a.description AS description
ORDER BY actor;
