// What happened where: which relationships do the articles place at a place, or within it?
//
// Every relationship with a place, under the place it happened at and under each larger place
// that contains it (Niamey counts its airport, the air base, the National Assembly and the
// stadium), in date order, undated last. Places are nodes linked (:Place)-[:WITHIN]->(:Place);
// a relationship names its place by id (placeId).
//
// Parameters (CLI: --param placeId=agadez; Neo4j Browser: run this line first):
//   :param placeId => "niamey"
//
// Returns one row per relationship: place (id), placeName, at (the exact place's id), source
// (id), type, target (id), startDate, notBefore, certainty, relationship (id).
MATCH (at:Place)-[:WITHIN]->*(p:Place {id: coalesce($placeId, 'niamey')})
MATCH (s:Actor)-[r]->(t:Actor)
WHERE r.placeId = at.id
RETURN p.id AS place, p.name AS placeName, at.id AS at, s.id AS source, type(r) AS type, t.id AS target,
       r.startDate AS startDate, r.notBefore AS notBefore, r.certainty AS certainty, r.id AS relationship
ORDER BY r.startDay IS NULL, r.startDay, relationship;
