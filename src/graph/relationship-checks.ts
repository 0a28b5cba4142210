// Checks relationship rows from clients before any of them is written: in memory first (known
// type, end not before start, one id for one relationship within the batch), then against the
// graph in one statement for the whole batch (known actors, known articles, an id not taken by
// another relationship). The first bad row is named and nothing is written: the caller runs
// this in the write transaction, ahead of the writes.
import { comparePartialDates } from './dates.js';
import { badInput } from './errors.js';
import type { Tx } from './executor.js';
import { relationshipsWithId } from './model.js';
import { isRelationshipType } from './vocabulary.js';
import type { RelationshipWrite } from './writes.js';

export interface CheckOptions {
  /** Actors written in the same transaction (an import's own): they count as known. */
  batchActorIds?: readonly string[];
  /** createRelationship: the id must not exist at all (an upsert may update its own). */
  mustBeNew?: boolean;
  /** How messages name row `index` (importGraph: `relationships[3]`); unnamed when absent. */
  name?: (index: number) => string;
}

const CHECK = `
UNWIND range(0, size($rows) - 1) AS i
WITH i, $rows[i] AS row
OPTIONAL CALL (row) {
${relationshipsWithId('row.id')}
}
WITH i, row,
     CASE WHEN r IS NULL THEN null ELSE {type: type(r), source: startNode(r).id, target: endNode(r).id} END AS existing
WITH i, row, existing,
     row.source IN $batchActorIds OR EXISTS { MATCH (:Actor {id: row.source}) } AS sourceExists,
     row.target IN $batchActorIds OR EXISTS { MATCH (:Actor {id: row.target}) } AS targetExists,
     [id IN row.articleIds WHERE NOT EXISTS { MATCH (:Article {id: id}) }] AS missingArticles
WHERE NOT sourceExists OR NOT targetExists OR size(missingArticles) > 0
   OR (existing IS NOT NULL AND ($mustBeNew OR existing <> {type: row.type, source: row.source, target: row.target}))
RETURN i AS position, sourceExists, targetExists, missingArticles, existing IS NOT NULL AS idTaken
ORDER BY position
LIMIT 1`;

interface Problem {
  position: number;
  sourceExists: boolean;
  targetExists: boolean;
  missingArticles: string[];
  idTaken: boolean;
}

/** Throws BAD_USER_INPUT naming the first bad row; one round trip for the whole batch. */
export async function checkRelationships(tx: Tx, rows: readonly RelationshipWrite[], options: CheckOptions = {}): Promise<void> {
  if (rows.length === 0) return;
  const fail = (index: number, message: string, extensions: Record<string, unknown>) => {
    const record = options.name?.(index);
    return badInput(record ? `${record}: ${message}` : message, record ? { ...extensions, record } : extensions);
  };
  const firstWithId = new Map<string, number>();
  rows.forEach((row, index) => {
    if (!isRelationshipType(row.type)) throw fail(index, `Unknown relationship type "${String(row.type)}"`, { field: 'type' });
    if (row.startDate && row.endDate && comparePartialDates(row.endDate, row.startDate) < 0) {
      throw fail(index, `endDate ${row.endDate} is before startDate ${row.startDate}`, { field: 'endDate' });
    }
    const first = firstWithId.get(row.id);
    if (first === undefined) firstWithId.set(row.id, index);
    else {
      const other = rows[first] as RelationshipWrite;
      if (other.type !== row.type || other.source !== row.source || other.target !== row.target) {
        throw fail(index, `Relationship id "${row.id}" belongs to another relationship`, { id: row.id });
      }
    }
  });

  const result = await tx.run(CHECK, {
    rows: rows.map((r) => ({ id: r.id, type: r.type, source: r.source, target: r.target, articleIds: [...new Set(r.evidence.map((e) => e.articleId))] })),
    batchActorIds: options.batchActorIds ?? [],
    mustBeNew: options.mustBeNew ?? false,
  });
  const problem = result.records[0]?.toObject() as Problem | undefined;
  if (!problem) return;
  const row = rows[problem.position] as RelationshipWrite;
  if (!problem.sourceExists) throw fail(problem.position, `Unknown source actor "${row.source}"`, { field: 'sourceId' });
  if (!problem.targetExists) throw fail(problem.position, `Unknown target actor "${row.target}"`, { field: 'targetId' });
  if (problem.missingArticles.length > 0) {
    throw fail(problem.position, `Evidence cites unknown article(s): ${problem.missingArticles.join(', ')}`, { field: 'evidence' });
  }
  throw options.mustBeNew
    ? fail(problem.position, `A relationship with id "${row.id}" already exists`, { id: row.id })
    : fail(problem.position, `Relationship id "${row.id}" belongs to another relationship`, { id: row.id });
}
