// What was agreed but not yet done?
//
// Relationships whose modality is AGREED (or, on request, INTENDED) with no ACTUAL relationship
// of the same type, source and target reported since: Washington agreed in April 2024 to withdraw
// its soldiers, and no article reports them gone. The match is by type only: Russia's intended
// air-defence installation counts as done by its ACTUAL delivery (SUPPLIED) of the system.
//
// Parameters (CLI: --param 'modalities=["AGREED","INTENDED"]'; Neo4j Browser: run this line first):
//   :param modalities => ["AGREED"]
//
// Returns one row per agreement: source (id), type, target (id), modality, date (its start, or
// the sources' lower bound), relationship (id), description.
MATCH (s:Actor)-[r]->(t:Actor)
WHERE r.modality IN coalesce($modalities, ['AGREED'])
  AND NOT EXISTS {
    MATCH (s)-[done]->(t)
    WHERE type(done) = type(r) AND done.modality = 'ACTUAL'
      AND (r.possibleFrom IS NULL OR done.possibleFrom IS NULL OR done.possibleFrom >= r.possibleFrom)
  }
RETURN s.id AS source, type(r) AS type, t.id AS target, r.modality AS modality,
       coalesce(r.startDate, r.notBefore) AS date, r.id AS relationship, r.description AS description
ORDER BY coalesce(r.startDay, r.assertedFrom), relationship;
