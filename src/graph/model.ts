// Plain records that services return and resolvers hand to GraphQL, and the Cypher projections
// that build them. Relationship records carry their endpoints' ids; the actors themselves come
// from the per-request actor loader, which the relationship queries prime.
import type { ActorKind, Certainty, Modality, PlaceKind, QuantityQualifier, RelationshipKind, RelationshipType } from './vocabulary.js';

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

/** A figure as the sources give it: 100 instructors, about 1,000 soldiers. */
export interface AmountRecord {
  value: number;
  unit: string;
  /** null: not said (relationships written before amounts had qualifiers). */
  qualifier: QuantityQualifier | null;
}

export interface RelationshipRecord {
  id: string;
  type: RelationshipType;
  kind: RelationshipKind;
  modality: Modality;
  certainty: Certainty;
  sourceId: string;
  targetId: string;
  reportedByIds: string[];
  placeId: string | null;
  startDate: string | null;
  endDate: string | null;
  notBefore: string | null;
  description: string | null;
  amount: AmountRecord | null;
  /** Deprecated in the API: amount.value, rounded. */
  quantity: number | null;
  dateBasis: string | null;
  /** How it stands at the request's asOf date; null without one. */
  standing: Standing | null;
  evidence: EvidenceRecord[];
}

export interface PlaceRecord {
  id: string;
  name: string;
  kind: PlaceKind;
  country: string | null;
  latitude: number;
  longitude: number;
  withinId: string | null;
  coordinatesSource: string;
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
  `{id: ${r}.id, type: type(${r}), kind: ${r}.kind, modality: ${r}.modality, certainty: ${r}.certainty,
    sourceId: startNode(${r}).id, targetId: endNode(${r}).id,
    reportedByIds: coalesce(${r}.reportedBy, []), placeId: ${r}.placeId,
    startDate: ${r}.startDate, endDate: ${r}.endDate, notBefore: ${r}.notBefore, description: ${r}.description,
    amount: CASE WHEN ${r}.amountValue IS NULL THEN null
                 ELSE {value: ${r}.amountValue, unit: ${r}.amountUnit, qualifier: ${r}.amountQualifier} END,
    quantity: CASE WHEN ${r}.amountValue IS NULL THEN null ELSE toInteger(round(${r}.amountValue)) END,
    dateBasis: ${r}.dateBasis, standing: ${standingAt(r)},
    evidence: [i IN range(0, size(coalesce(${r}.evidenceArticles, [])) - 1) |
               {articleId: ${r}.evidenceArticles[i], quote: ${r}.evidenceQuotes[i]}]}`;

/** Cypher map projection of a place node bound to `p`. */
export const placeProjection = (p: string) =>
  `${p} {.id, .name, .kind, .country, .latitude, .longitude, withinId: ${p}.within, .coordinatesSource}`;

export const articleProjection = (a: string) => `${a} {.id, .title, .publisher, .publishedAt, .url}`;

/** Cypher predicate: the sources assert `r` on the day `d` (README, "Time travel"). */
const asserted = (r: string, d: string) =>
  `(${r}.assertedFrom IS NOT NULL AND ${r}.assertedFrom <= ${d} AND (${r}.assertedUntil IS NULL OR ${d} < ${r}.assertedUntil))`;
/** Cypher predicate: the sources leave open that `r` held on the day `d`. */
const possible = (r: string, d: string) =>
  `((${r}.possibleFrom IS NULL OR ${r}.possibleFrom <= ${d}) AND (${r}.possibleUntil IS NULL OR ${d} < ${r}.possibleUntil))`;

/**
 * Cypher predicate: relationship `r` matches $types (null = any, [] = none) and stands at
 * $asOfDay (null = always): asserted there, or, with $uncertain, possible there. The bounds are
 * stored on the relationship (src/graph/dates.ts timeWindow), as native dates, by the writes.
 */
export const relationshipFilter = (r: string) =>
  `($types IS NULL OR type(${r}) IN $types)
   AND ($asOfDay IS NULL OR ${asserted(r, 'date($asOfDay)')}
        OR ($uncertain AND ${possible(r, 'date($asOfDay)')}))`;

/** Cypher expression: how `r` stands at $asOfDay (null without one): HOLDS, HAPPENED or UNCERTAIN. */
export const standingAt = (r: string) =>
  `CASE WHEN $asOfDay IS NULL THEN null
        WHEN ${asserted(r, 'date($asOfDay)')} THEN CASE ${r}.kind WHEN 'EVENT' THEN 'HAPPENED' ELSE 'HOLDS' END
        ELSE 'UNCERTAIN' END`;

export interface RelationshipScope {
  types?: RelationshipType[] | null;
  asOf?: string | null;
  /** With asOf: also what the sources leave open at that date. */
  includeUncertain?: boolean | null;
}

export type Standing = 'HOLDS' | 'HAPPENED' | 'UNCERTAIN';
