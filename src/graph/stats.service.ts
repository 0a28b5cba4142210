// How long the graph's unbounded lists are: the numbers the cost limit multiplies by, read from
// the graph the queries will run on (src/server/cost.ts). A high percentile, not the maximum: a
// request is judged by what it will typically fetch, and the deadline and the answer-size cap
// catch the rare hub beyond it.
import type { GraphExecutor } from './executor.js';

export interface ListSizes {
  actors: number;
  relationships: number;
  articles: number;
  places: number;
  /** 99th percentile of an actor's relationships (Actor.relationships, Actor.neighbors). */
  degree: number;
  /** Mean relationships per actor, for the edges of a drawn graph per node. */
  meanDegree: number;
  /** 99th percentile of the quotes of one relationship (Relationship.evidence). */
  evidence: number;
  /**
   * The actors one article is evidence about (Article.actors): at most two per relationship
   * citing it, so twice the 99th percentile of those relationships (never more than the actors).
   */
  articleActors: number;
}

// Degrees come from Neo4j's degree store (COUNT over a node's relationships reads no
// relationship). Quotes per relationship and relationships per article need the relationships'
// evidence lists: passes over all relationships (about a second at a million), which is why this
// runs at start and then only every few minutes, not per request. Counting actors per article
// exactly would hold a set of actors per article; counting relationships holds one number.
const STATS = `
CALL () {
  MATCH (a:Actor)
  WITH COUNT { (a)--(:Actor) } AS degree
  RETURN count(*) AS actors, percentileDisc(degree, 0.99) AS degree, sum(degree) AS degrees
}
CALL () {
  MATCH ()-[r]->()
  WITH r, coalesce(r.evidenceArticles, []) AS cited
  RETURN percentileDisc(size(cited), 0.99) AS evidence
}
CALL () {
  MATCH ()-[r]->()
  UNWIND coalesce(r.evidenceArticles, []) AS article
  WITH article, count(*) AS citing
  RETURN percentileDisc(citing, 0.99) AS citing
}
CALL () {
  MATCH (x:Article)
  RETURN count(x) AS articles
}
CALL () {
  MATCH (p:Place)
  RETURN count(p) AS places
}
RETURN actors, degree, degrees, evidence, citing, articles, places`;

export class StatsService {
  constructor(private readonly db: GraphExecutor) {}

  /** Every length at least 1 (an empty graph included): a list is never free. */
  async listSizes(): Promise<ListSizes> {
    const [row] = await this.db.read<Record<'actors' | 'degree' | 'degrees' | 'evidence' | 'citing' | 'articles' | 'places', number | null>>(STATS);
    const n = (v: number | null | undefined) => Math.max(1, Math.ceil(Number(v ?? 0)));
    const actors = Number(row?.actors ?? 0);
    const degrees = Number(row?.degrees ?? 0);
    return {
      actors: n(actors),
      relationships: n(degrees / 2),
      articles: n(row?.articles),
      places: n(row?.places),
      degree: n(row?.degree),
      meanDegree: n(actors > 0 ? degrees / actors : 0),
      evidence: n(row?.evidence),
      articleActors: n(Math.min(actors, 2 * Number(row?.citing ?? 0))),
    };
  }
}
