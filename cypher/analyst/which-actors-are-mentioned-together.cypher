// Which actors are mentioned together in the same articles?
//
// An article mentions the two ends of every relationship it is evidence for (as Article.actors
// does in GraphQL). Pairs of actors, most shared articles first; give an actor to see only its
// companions, and a minimum number of shared articles.
//
// Parameters (CLI: --param actorId=russia --param minArticles=1; Neo4j Browser: run these first):
//   :param actorId => null
//   :param minArticles => 4
//
// Returns one row per pair: actor (id), other (id), sharedArticles (count), articles (ids).
MATCH (x:Actor)-[r]->(y:Actor)
UNWIND r.evidenceArticles AS articleId
UNWIND [x, y] AS mentioned
WITH DISTINCT articleId, mentioned
WITH articleId, collect(mentioned) AS actors
UNWIND actors AS a
UNWIND actors AS b
WITH a, b, articleId
WHERE CASE WHEN $actorId IS NULL THEN a.id < b.id ELSE a.id = $actorId AND b <> a END
WITH a, b, articleId ORDER BY articleId
WITH a, b, collect(articleId) AS articles
WHERE size(articles) >= coalesce($minArticles, 4)
RETURN a.id AS actor, b.id AS other, size(articles) AS sharedArticles, articles
ORDER BY sharedArticles DESC, actor, other;
