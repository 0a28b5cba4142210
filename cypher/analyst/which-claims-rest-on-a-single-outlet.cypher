// Which claims rest on a single outlet?
//
// Relationships no article states in its own voice (certainty other than CONFIRMED) that the
// articles attribute to one named source only (reportedBy): RIA Novosti's NATO troops, Tele
// Sahel's Ministry of Defence, Lloyd Austin's hint. The weakest facts of the graph.
//
// Parameters (CLI: --param maxOutlets=2; Neo4j Browser: run this line first):
//   :param maxOutlets => 1
//
// Returns one row per relationship, by outlet: outlets (ids), source (id), type, target (id),
// certainty, startDate, relationship (id), articles (ids).
MATCH (s:Actor)-[r]->(t:Actor)
WHERE r.certainty <> 'CONFIRMED'
  AND 1 <= size(coalesce(r.reportedBy, [])) <= coalesce($maxOutlets, 1)
RETURN r.reportedBy AS outlets, s.id AS source, type(r) AS type, t.id AS target, r.certainty AS certainty,
       r.startDate AS startDate, r.id AS relationship,
       COLLECT { UNWIND r.evidenceArticles AS article RETURN DISTINCT article } AS articles
ORDER BY outlets, relationship;
