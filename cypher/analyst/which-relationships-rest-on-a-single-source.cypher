// Which relationships rest on a single article?
//
// A relationship whose evidence all comes from one article (however many quotes it takes from
// it) is a claim no other source confirms.
//
// Parameters (CLI: --param maxArticles=2; Neo4j Browser: run this line first):
//   :param maxArticles => 1
//
// Returns: relationship (id), source, type, target, startDate, articles (ids), quotes (count).
MATCH (s:Actor)-[r]->(t:Actor)
WITH s, r, t, COLLECT { UNWIND r.evidenceArticles AS article RETURN DISTINCT article } AS articles
WHERE size(articles) <= coalesce($maxArticles, 1)
RETURN r.id AS relationship, s.id AS source, type(r) AS type, t.id AS target, r.startDate AS startDate,
       articles, size(r.evidenceQuotes) AS quotes
ORDER BY relationship;
