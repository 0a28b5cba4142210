// Where do the articles give different figures for the same thing?
//
// Relationships with the same source, type, target and start date whose quantities differ, such
// as the United States' troops in Niger: about 1,000 in three articles, about 1,100 in another.
//
// Parameters: none.
//
// Returns one row per relationship in such a group: source (id), type, target (id), startDate,
// quantity, relationship (id), articles (ids), description.
MATCH (s:Actor)-[r]->(t:Actor)
WHERE r.quantity IS NOT NULL
WITH s, type(r) AS type, t, r.startDate AS startDate, collect(r) AS rels
WHERE size(rels) > 1 AND COUNT { UNWIND rels AS x RETURN DISTINCT x.quantity } > 1
UNWIND rels AS r
RETURN s.id AS source, type, t.id AS target, startDate, r.quantity AS quantity, r.id AS relationship,
       COLLECT { UNWIND r.evidenceArticles AS article RETURN DISTINCT article } AS articles,
       r.description AS description
ORDER BY source, type, target, quantity;
