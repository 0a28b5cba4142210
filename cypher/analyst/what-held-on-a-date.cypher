// What held on a given day?
//
// The state of play: every relationship that holds on the day, i.e. its start <= day < its end,
// a partial date counting as its first day, no start meaning "already true" and no end "still
// true" (one-off events such as an expulsion read as "has happened"). Optionally of some types only.
//
// Parameters (CLI: --param asOf=2022-06 --param 'types=["ALLIED_WITH"]'; Neo4j Browser: run these first):
//   :param asOf => "2024-05-04"
//   :param types => null
//
// Returns: source (id), type, target (id), startDate, endDate, relationship (id).
WITH date(toString(coalesce($asOf, '2024-05-04'))) AS day
MATCH (s:Actor)-[r]->(t:Actor)
WHERE ($types IS NULL OR type(r) IN $types)
  AND (r.startDay IS NULL OR r.startDay <= day) AND (r.endDay IS NULL OR day < r.endDay)
RETURN s.id AS source, type(r) AS type, t.id AS target, r.startDate AS startDate, r.endDate AS endDate,
       r.id AS relationship
ORDER BY source, type, target, relationship;
