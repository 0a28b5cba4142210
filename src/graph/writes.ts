// The graph's writes, each one statement in cypher/loader/ run on a batch of rows (`UNWIND $rows`):
// the seed loader, the mutations and importGraph use the same statements, so a write exists once
// and a batch of any size costs one round trip per kind of record. This module builds the rows
// and the parameters; checking client rows against the graph is relationship-checks.ts's work.
import { join } from 'node:path';
import { readStatement } from '../db/cypher-file.js';
import { CYPHER_DIR } from '../paths.js';
import { earliestDay, settledDay, timeWindow } from './dates.js';
import type { Tx } from './executor.js';
import type { AmountRecord, EvidenceRecord } from './model.js';
import {
  KIND_LABELS,
  RELATIONSHIP_TYPE_INFO,
  type ActorKind,
  type Certainty,
  type Modality,
  type PlaceKind,
  type RelationshipKind,
  type RelationshipType,
} from './vocabulary.js';

const LOADER_DIR = join(CYPHER_DIR, 'loader');
const FILES = {
  articles: '01-articles.cypher',
  actors: '02-actors.cypher',
  relationships: '03-relationships.cypher',
  places: '04-places.cypher',
} as const;
export type WriteKind = keyof typeof FILES;

const cache = new Map<WriteKind, string>();
/** The statement of one kind of write, read once from cypher/loader/. */
export function writeStatement(kind: WriteKind): string {
  let statement = cache.get(kind);
  if (statement === undefined) {
    statement = readStatement(join(LOADER_DIR, FILES[kind]));
    cache.set(kind, statement);
  }
  return statement;
}

/** Every kind label, which the actor write removes before setting the current one. */
const KIND_LABEL_LIST = Object.values(KIND_LABELS);

/**
 * The parameters of any write statement for these rows (statements ignore what they don't use).
 * The rows travel inside a map, `$batch.rows`, not as a top-level list: Neo4j keys its cached
 * plans by the size of list parameters too, and would plan a statement again for every order of
 * magnitude of batch size (a second or more each, for the first large import after the seeds).
 */
export function writeParams(rows: readonly unknown[]): { batch: { rows: readonly unknown[] }; kindLabels: string[] } {
  return { batch: { rows }, kindLabels: KIND_LABEL_LIST };
}

export interface ArticleWrite {
  id: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  url: string | null;
  file: string;
}

export interface ActorWrite {
  id: string;
  name: string;
  kind: ActorKind;
  aliases?: string[] | null;
  description?: string | null;
  wikidataId?: string | null;
  country?: string | null;
}

export interface PlaceWrite {
  id: string;
  name: string;
  kind: PlaceKind;
  country: string | null;
  latitude: number;
  longitude: number;
  within: string | null;
  coordinatesSource: string;
}

export interface RelationshipWrite {
  id: string;
  type: RelationshipType;
  /** Omitted: the type's default kind. */
  kind?: RelationshipKind | null;
  modality?: Modality | null;
  certainty?: Certainty | null;
  reportedBy?: string[] | null;
  source: string;
  target: string;
  startDate?: string | null;
  endDate?: string | null;
  notBefore?: string | null;
  place?: string | null;
  description?: string | null;
  amount?: AmountRecord | null;
  /** The bare count of clients from before amounts: becomes an amount of unit LEGACY_UNIT. */
  quantity?: number | null;
  dateBasis?: string | null;
  evidence: EvidenceRecord[];
}

/** What a relationship is unless its writer says otherwise: it happened, as reported. */
export const RELATIONSHIP_DEFAULTS = { modality: 'ACTUAL', certainty: 'REPORTED' } as const satisfies {
  modality: Modality;
  certainty: Certainty;
};
/** The unit of a bare count: the writer did not say what was counted. */
export const LEGACY_UNIT = 'unspecified';

/** The relationship's amount: its own, or its bare quantity, unit unknown and unqualified. */
export function amountOf(r: Pick<RelationshipWrite, 'amount' | 'quantity'>): AmountRecord | null {
  if (r.amount) return { value: r.amount.value, unit: r.amount.unit, qualifier: r.amount.qualifier ?? null };
  if (r.quantity !== null && r.quantity !== undefined) return { value: r.quantity, unit: LEGACY_UNIT, qualifier: null };
  return null;
}

/** The article statement's row, plus the day by which it was certainly published. */
export function articleRow(a: ArticleWrite): Record<string, unknown> {
  return { ...a, publishedBy: a.publishedAt === null ? null : settledDay(a.publishedAt) };
}

/** The actor statement's row: every field present (null when absent), plus the kind label. */
export function actorRow(a: ActorWrite): Record<string, unknown> {
  return {
    id: a.id,
    name: a.name,
    kind: a.kind,
    label: KIND_LABELS[a.kind],
    aliases: a.aliases ?? [],
    description: a.description ?? null,
    wikidataId: a.wikidataId ?? null,
    country: a.country ?? null,
  };
}

/** The relationship statement's row: every field present, plus the earliest days of its dates. */
export function relationshipRow(r: RelationshipWrite): Record<string, unknown> {
  const startDate = r.startDate ?? null;
  const endDate = r.endDate ?? null;
  const amount = amountOf(r);
  const kind = r.kind ?? RELATIONSHIP_TYPE_INFO[r.type].kind;
  const notBefore = r.notBefore ?? null;
  return {
    ...timeWindow({ kind, startDate, endDate, notBefore }),
    id: r.id,
    type: r.type,
    kind,
    modality: r.modality ?? RELATIONSHIP_DEFAULTS.modality,
    certainty: r.certainty ?? RELATIONSHIP_DEFAULTS.certainty,
    reportedBy: r.reportedBy ?? [],
    source: r.source,
    target: r.target,
    startDate,
    endDate,
    notBefore,
    startDay: earliestDay(startDate),
    endDay: earliestDay(endDate),
    placeId: r.place ?? null,
    description: r.description ?? null,
    amountValue: amount?.value ?? null,
    amountUnit: amount?.unit ?? null,
    amountQualifier: amount?.qualifier ?? null,
    dateBasis: r.dateBasis ?? null,
    evidence: r.evidence.map((e) => ({ articleId: e.articleId, quote: e.quote })),
  };
}

/** Runs one kind of write on `rows` in `tx`, `batchSize` rows a statement; returns the rows written. */
async function write(tx: Tx, kind: WriteKind, rows: readonly object[], batchSize: number): Promise<number> {
  for (let i = 0; i < rows.length; i += batchSize) {
    await tx.run(writeStatement(kind), writeParams(rows.slice(i, i + batchSize)));
  }
  return rows.length;
}

// Batches as large as the largest import (IMPORT_LIMITS) by default: one statement each.
const DEFAULT_BATCH = 2000;

export const writeArticles = (tx: Tx, articles: readonly ArticleWrite[], batchSize = DEFAULT_BATCH) =>
  write(tx, 'articles', articles.map(articleRow), batchSize);
export const writePlaces = (tx: Tx, places: readonly PlaceWrite[], batchSize = DEFAULT_BATCH) =>
  write(tx, 'places', places, batchSize);
export const writeActors = (tx: Tx, actors: readonly ActorWrite[], batchSize = DEFAULT_BATCH) =>
  write(tx, 'actors', actors.map(actorRow), batchSize);
export const writeRelationships = (tx: Tx, relationships: readonly RelationshipWrite[], batchSize = DEFAULT_BATCH) =>
  write(tx, 'relationships', relationships.map(relationshipRow), batchSize);
