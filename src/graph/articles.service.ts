// Articles, and the links between articles and actors. An actor is mentioned in an article when
// the article is evidence for one of its relationships; this is computed from the evidence, so
// it can never go stale when relationships change.
import type { GraphExecutor } from './executor.js';
import { actorProjection, articleProjection, type ActorRecord, type ArticleRecord } from './model.js';

const ALL = `
MATCH (a:Article)
RETURN ${articleProjection('a')} AS article
ORDER BY a.publishedAt, a.id`;

const BY_IDS = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN ${articleProjection('a')} AS article`;

const MENTIONED_IN = `
UNWIND $ids AS id
MATCH (:Actor {id: id})-[r]-(:Actor)
UNWIND r.evidenceArticles AS articleId
WITH DISTINCT id, articleId
MATCH (a:Article {id: articleId})
RETURN id, ${articleProjection('a')} AS article
ORDER BY a.publishedAt, a.id`;

const ACTORS_OF = `
MATCH (x:Actor)-[r]->(y:Actor)
WHERE any(id IN r.evidenceArticles WHERE id IN $ids)
UNWIND [id IN r.evidenceArticles WHERE id IN $ids] AS articleId
UNWIND [x, y] AS actor
WITH DISTINCT articleId, actor
RETURN articleId AS id, ${actorProjection('actor')} AS actor
ORDER BY actor.name`;

export class ArticleService {
  constructor(private readonly db: GraphExecutor) {}

  async all(): Promise<ArticleRecord[]> {
    return (await this.db.read<{ article: ArticleRecord }>(ALL)).map((r) => r.article);
  }

  async byIds(ids: readonly string[]): Promise<Map<string, ArticleRecord>> {
    const rows = await this.db.read<{ article: ArticleRecord }>(BY_IDS, { ids: [...new Set(ids)] });
    return new Map(rows.map((r) => [r.article.id, r.article]));
  }

  /** For each actor id, the articles it is mentioned in. */
  async mentioning(actorIds: readonly string[]): Promise<{ id: string; article: ArticleRecord }[]> {
    return this.db.read(MENTIONED_IN, { ids: [...new Set(actorIds)] });
  }

  /** For each article id, the actors it mentions. */
  async actorsOf(articleIds: readonly string[]): Promise<{ id: string; actor: ActorRecord }[]> {
    return this.db.read(ACTORS_OF, { ids: [...new Set(articleIds)] });
  }
}
