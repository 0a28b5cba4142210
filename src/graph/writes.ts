// The graph's writes, each one statement in cypher/loader/ run on a batch of rows (`UNWIND $rows`):
// the seed loader, the mutations and importGraph use the same statements, so a write exists once
// and a batch of any size costs one round trip per kind of record. This module builds the rows
// and the parameters; checking client rows against the graph is relationship-checks.ts's work.
import { join } from 'node:path';
import { readStatement } from '../db/cypher-file.js';
import { CYPHER_DIR } from '../paths.js';
import { earliestDay } from './dates.js';
import type { Tx } from './executor.js';
import type { EvidenceRecord } from './model.js';
import { KIND_LABELS, type ActorKind, type RelationshipType } from './vocabulary.js';

const LOADER_DIR = join(CYPHER_DIR, 'loader');
const FILES = { articles: '01-articles.cypher', actors: '02-actors.cypher', relationships: '03-relationships.cypher' } as const;
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

export interface RelationshipWrite {
  id: string;
  type: RelationshipType;
  source: string;
  target: string;
  startDate?: string | null;
  endDate?: string | null;
  description?: string | null;
  quantity?: number | null;
  dateBasis?: string | null;
  evidence: EvidenceRecord[];
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
  return {
    id: r.id,
    type: r.type,
    source: r.source,
    target: r.target,
    startDate,
    endDate,
    startDay: earliestDay(startDate),
    endDay: earliestDay(endDate),
    description: r.description ?? null,
    quantity: r.quantity ?? null,
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
  write(tx, 'articles', articles, batchSize);
export const writeActors = (tx: Tx, actors: readonly ActorWrite[], batchSize = DEFAULT_BATCH) =>
  write(tx, 'actors', actors.map(actorRow), batchSize);
export const writeRelationships = (tx: Tx, relationships: readonly RelationshipWrite[], batchSize = DEFAULT_BATCH) =>
  write(tx, 'relationships', relationships.map(relationshipRow), batchSize);
