// Which article supports each relationship, and in which words?
//
// One row per piece of evidence: the relationship, the article it comes from and the verbatim
// quote. Narrow it to one relationship or one article with the parameters (null: all).
//
// Parameters (CLI: --param relationshipId=niger-junta-expelled-france; Neo4j Browser: run these first):
//   :param relationshipId => null
//   :param articleId => null
//
// Returns: relationship (id), source, type, target, startDate, article (id), title, quote;
// by relationship, then in the order the evidence lists the quotes.
MATCH (s:Actor)-[r]->(t:Actor)
WHERE $relationshipId IS NULL OR r.id = $relationshipId
UNWIND range(0, size(r.evidenceArticles) - 1) AS i
WITH s, r, t, i, r.evidenceArticles[i] AS articleId
WHERE $articleId IS NULL OR articleId = $articleId
MATCH (article:Article {id: articleId})
RETURN r.id AS relationship, s.id AS source, type(r) AS type, t.id AS target, r.startDate AS startDate,
       article.id AS article, article.title AS title, r.evidenceQuotes[i] AS quote
ORDER BY relationship, i;
