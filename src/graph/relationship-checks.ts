// Checks relationship rows from clients before any of them is written: in memory first (known
// type, end not before start or lower bound, a lower bound only for an unknown start, an amount
// or a bare quantity but not both, one id for one relationship within the batch), then against
// the graph in one statement for the whole batch (known actors, reporters, places and articles,
// an id not taken by another relationship). The first bad row is named and nothing is written: the caller runs
// this in the write transaction, ahead of the writes.
import { comparePartialDates } from './dates.js';
import { badInput } from './errors.js';
import type { Tx } from './executor.js';
import { isRelationshipType, RELATIONSHIP_TYPES } from './vocabulary.js';
import type { RelationshipWrite } from './writes.js';

export interface CheckOptions {
  /** Actors written in the same transaction (an import's own): they count as known. */
  batchActorIds?: readonly string[];
  /** createRelationship: the id must not exist at all (an upsert may update its own). */
  mustBeNew?: boolean;
  /** How messages name row `index` (importGraph: `relationships[3]`); unnamed when absent. */
  name?: (index: number) => string;
}

// Set-wise, not row by row: the relationships already holding one of the ids, and which of the
// named actors and articles do not exist; matching them to the rows is done in memory, where
// "the first bad row" is cheap. The static type disjunction (constants from the vocabulary) lets
// the planner seek each type's id index (a dynamic type would scan). Plans are kept whatever
// the batch size: the lists travel in a map (see writeParams), and `replan=skip` spares a first
// large batch into a small graph a new plan for the same index seeks.
const CHECK = `
CYPHER replan=skip
OPTIONAL CALL () {
  UNWIND $batch.ids AS id
  MATCH ()-[r:${RELATIONSHIP_TYPES.join('|')} {id: id}]->()
  RETURN {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id} AS holder
}
WITH collect(holder) AS taken
RETURN taken,
       [id IN $batch.actorIds WHERE NOT EXISTS { MATCH (:Actor {id: id}) }] AS missingActors,
       [id IN $batch.placeIds WHERE NOT EXISTS { MATCH (:Place {id: id}) }] AS missingPlaces,
       [id IN $batch.articleIds WHERE NOT EXISTS { MATCH (:Article {id: id}) }] AS missingArticles`;

interface Taken {
  id: string;
  type: string;
  source: string;
  target: string;
}

const sameRelationship = (a: Omit<Taken, 'id'>, b: Omit<Taken, 'id'>) => a.type === b.type && a.source === b.source && a.target === b.target;

/** Throws BAD_USER_INPUT naming the first bad row; one round trip for the whole batch. */
export async function checkRelationships(tx: Tx, rows: readonly RelationshipWrite[], options: CheckOptions = {}): Promise<void> {
  if (rows.length === 0) return;
  const fail = (index: number, message: string, extensions: Record<string, unknown>) => {
    const record = options.name?.(index);
    return badInput(record ? `${record}: ${message}` : message, record ? { ...extensions, record } : extensions);
  };
  const firstWithId = new Map<string, RelationshipWrite>();
  rows.forEach((row, index) => {
    if (!isRelationshipType(row.type)) throw fail(index, `Unknown relationship type "${String(row.type)}"`, { field: 'type' });
    if (row.startDate && row.endDate && comparePartialDates(row.endDate, row.startDate) < 0) {
      throw fail(index, `endDate ${row.endDate} is before startDate ${row.startDate}`, { field: 'endDate' });
    }
    if (row.notBefore && row.startDate) {
      throw fail(index, `notBefore is only for an unknown start, but startDate is ${row.startDate}`, { field: 'notBefore' });
    }
    if (row.notBefore && row.endDate && comparePartialDates(row.endDate, row.notBefore) < 0) {
      throw fail(index, `endDate ${row.endDate} is before notBefore ${row.notBefore}`, { field: 'endDate' });
    }
    if (row.amount && row.quantity !== null && row.quantity !== undefined) {
      throw fail(index, 'Give amount (with its unit) or the deprecated quantity, not both', { field: 'quantity' });
    }
    if (new Set(row.reportedBy ?? []).size !== (row.reportedBy ?? []).length) {
      throw fail(index, 'reportedByIds names an actor twice', { field: 'reportedByIds' });
    }
    const first = firstWithId.get(row.id);
    if (first === undefined) firstWithId.set(row.id, row);
    else if (!sameRelationship(first, row)) throw fail(index, `Relationship id "${row.id}" belongs to another relationship`, { id: row.id });
  });

  const batchActors = new Set(options.batchActorIds ?? []);
  const result = await tx.run(CHECK, {
    batch: {
      ids: [...firstWithId.keys()],
      actorIds: [...new Set(rows.flatMap((r) => [r.source, r.target, ...(r.reportedBy ?? [])]))].filter((id) => !batchActors.has(id)),
      placeIds: [...new Set(rows.flatMap((r) => (r.place ? [r.place] : [])))],
      articleIds: [...new Set(rows.flatMap((r) => r.evidence.map((e) => e.articleId)))],
    },
  });
  const found = result.records[0];
  const taken = new Map<string, Taken[]>();
  for (const t of (found?.get('taken') ?? []) as Taken[]) taken.set(t.id, [...(taken.get(t.id) ?? []), t]);
  const missingActors = new Set((found?.get('missingActors') ?? []) as string[]);
  const missingArticles = new Set((found?.get('missingArticles') ?? []) as string[]);
  const missingPlaces = new Set((found?.get('missingPlaces') ?? []) as string[]);

  rows.forEach((row, index) => {
    if (missingActors.has(row.source)) throw fail(index, `Unknown source actor "${row.source}"`, { field: 'sourceId' });
    if (missingActors.has(row.target)) throw fail(index, `Unknown target actor "${row.target}"`, { field: 'targetId' });
    const reporter = (row.reportedBy ?? []).find((id) => missingActors.has(id));
    if (reporter !== undefined) throw fail(index, `reportedByIds names unknown actor "${reporter}"`, { field: 'reportedByIds' });
    if (row.place && missingPlaces.has(row.place)) throw fail(index, `Unknown place "${row.place}"`, { field: 'placeId' });
    const missing = [...new Set(row.evidence.map((e) => e.articleId))].filter((id) => missingArticles.has(id));
    if (missing.length > 0) throw fail(index, `Evidence cites unknown article(s): ${missing.join(', ')}`, { field: 'evidence' });
    const holders = taken.get(row.id) ?? [];
    if (options.mustBeNew && holders.length > 0) throw fail(index, `A relationship with id "${row.id}" already exists`, { id: row.id });
    if (holders.some((t) => !sameRelationship(t, row))) {
      throw fail(index, `Relationship id "${row.id}" belongs to another relationship`, { id: row.id });
    }
  });
}
