// What held on a given day?
//
// The state of play as the articles support it, the API's asOf (README, "Time travel"): states
// from their start until their end, events on and after their date ("has happened"), an unknown
// start only from the sources' lower bound, dates at their precision. The loader stores these
// bounds on each relationship (assertedFrom, assertedUntil). Optionally of some types only.
//
// Parameters (CLI: --param asOf=2022-06 --param 'types=["ALLIED_WITH"]'; Neo4j Browser: run these first):
//   :param asOf => "2024-05-04"
//   :param types => null
//
// Returns: source (id), type, target (id), kind (EVENT or STATE), modality, startDate, endDate,
// relationship (id).
WITH date(toString(coalesce($asOf, '2024-05-04'))) AS day
MATCH (s:Actor)-[r]->(t:Actor)
WHERE ($types IS NULL OR type(r) IN $types)
  AND r.assertedFrom <= day AND (r.assertedUntil IS NULL OR day < r.assertedUntil)
RETURN s.id AS source, type(r) AS type, t.id AS target, r.kind AS kind, r.modality AS modality,
       r.startDate AS startDate, r.endDate AS endDate,
       r.id AS relationship
ORDER BY source, type, target, relationship;
