// Plain records that services return and resolvers hand to GraphQL, and the Cypher projections
// that build them. Relationship records carry their endpoints' ids; the actors themselves come
// from the per-request actor loader, which the relationship queries prime.
import type { ActorKind, RelationshipType } from './vocabulary.js';

export interface ActorRecord {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  description: string | null;
  wikidataId: string | null;
  country: string | null;
}

export interface EvidenceRecord {
  articleId: string;
  quote: string;
}

export interface RelationshipRecord {
  id: string;
  type: RelationshipType;
  sourceId: string;
  targetId: string;
  startDate: string | null;
  endDate: string | null;
  description: string | null;
  quantity: number | null;
  dateBasis: string | null;
  evidence: EvidenceRecord[];
}

export interface ArticleRecord {
  id: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  url: string | null;
}

export type Direction = 'OUT' | 'IN' | 'BOTH';

/** Cypher map projection of an actor node bound to `a`. */
export const actorProjection = (a: string) =>
  `${a} {.id, .name, .kind, aliases: coalesce(${a}.aliases, []), .description, .wikidataId, .country}`;

/** Cypher map projection of a relationship bound to `r`. */
export const relationshipProjection = (r: string) =>
  `{id: ${r}.id, type: type(${r}), sourceId: startNode(${r}).id, targetId: endNode(${r}).id,
    startDate: ${r}.startDate, endDate: ${r}.endDate, description: ${r}.description, quantity: ${r}.quantity,
    dateBasis: ${r}.dateBasis,
    evidence: [i IN range(0, size(coalesce(${r}.evidenceArticles, [])) - 1) |
               {articleId: ${r}.evidenceArticles[i], quote: ${r}.evidenceQuotes[i]}]}`;

export const articleProjection = (a: string) => `${a} {.id, .title, .publisher, .publishedAt, .url}`;

/**
 * Cypher predicate: relationship `r` matches $types (null = any) and holds at $asOfDay (null =
 * always): start <= D < end, partial dates standing for their earliest day (DESIGN §3).
 */
export const relationshipFilter = (r: string) =>
  `($types IS NULL OR type(${r}) IN $types)
   AND ($asOfDay IS NULL OR ((${r}.startDay IS NULL OR ${r}.startDay <= date($asOfDay))
                            AND (${r}.endDay IS NULL OR date($asOfDay) < ${r}.endDay)))`;

export interface RelationshipScope {
  types?: RelationshipType[] | null;
  asOf?: string | null;
}
