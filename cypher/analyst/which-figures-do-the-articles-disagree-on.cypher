// Where do the articles give different figures for the same thing?
//
// Relationships with the same source, type, target and start date whose amounts of the same unit
// differ, such as the United States' soldiers in Niger: about 1,000 in three articles, about
// 1,100 (in Agadez) in another.
//
// Parameters: none.
//
// Returns one row per relationship in such a group: source (id), type, target (id), startDate,
// amount, unit, qualifier, place (id), relationship (id), articles (ids), description.
MATCH (s:Actor)-[r]->(t:Actor)
WHERE r.amountValue IS NOT NULL
WITH s, type(r) AS type, t, r.startDate AS startDate, r.amountUnit AS unit, collect(r) AS rels
WHERE size(rels) > 1 AND COUNT { UNWIND rels AS x RETURN DISTINCT x.amountValue } > 1
UNWIND rels AS r
RETURN s.id AS source, type, t.id AS target, startDate, r.amountValue AS amount, unit,
       r.amountQualifier AS qualifier, r.placeId AS place, r.id AS relationship,
       COLLECT { UNWIND r.evidenceArticles AS article RETURN DISTINCT article } AS articles,
       r.description AS description
ORDER BY source, type, target, unit, amount;
