// An importGraph batch as a client sends it: `actors` new actors and `relationships` relationships
// among them (some to an actor already in the graph), with short descriptions and one or two real
// quotes each. Used by the import tests and by the benchmark's import measurement.
import { ACTOR_KINDS, RELATIONSHIP_TYPES } from '../src/graph/vocabulary.js';

export interface ImportBatch {
  actors: Record<string, unknown>[];
  relationships: Record<string, unknown>[];
}

const DAY = 86_400_000;

export function importBatch(
  prefix: string,
  actors: number,
  relationships: number,
  known: { actorId: string; evidence: readonly { articleId: string; quote: string }[] },
): ImportBatch {
  const actorId = (i: number) => `${prefix}-a${i}`;
  const { evidence } = known;
  return {
    actors: Array.from({ length: actors }, (_, i) => ({
      id: actorId(i),
      name: `Imported actor ${i}`,
      kind: ACTOR_KINDS[i % ACTOR_KINDS.length],
      aliases: [`Actor number ${i}`],
      description: `An actor of a test batch, number ${i} of ${actors}.`,
      country: 'NE',
    })),
    relationships: Array.from({ length: relationships }, (_, j) => ({
      // Half with their own ids, half upserted on (source, type, target, startDate).
      ...(j % 2 === 0 ? { id: `${prefix}-r${j}` } : {}),
      type: RELATIONSHIP_TYPES[j % RELATIONSHIP_TYPES.length],
      sourceId: actorId(j % actors),
      targetId: j % 50 === 0 ? known.actorId : actorId((j + 1 + (j % 5)) % actors),
      startDate: new Date(Date.UTC(2020, 0, 1) + j * DAY).toISOString().slice(0, 10),
      description: `Relationship ${j} of a test batch, with a short description.`,
      ...(j % 3 === 0 ? { quantity: j } : {}),
      evidence: evidence.slice(j % evidence.length, (j % evidence.length) + 1 + (j % 2)),
    })),
  };
}

/** The bench's key for importGraph (our server accepts it: API_KEYS in contenders.ts). */
export const BENCH_API_KEY = 'bench-api-key-0123456789';

/**
 * Wall time of `runs` importGraph batches of 300 actors and 1,200 relationships, each new, sent
 * one after another as a client would, with the default body and request limits.
 */
export async function measureImport(
  url: string,
  known: { actorId: string; evidence: readonly { articleId: string; quote: string }[] },
  runs = 3,
): Promise<{ batch: string; ms: number[] }> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const body = JSON.stringify({
      query: 'mutation($input: GraphImportInput!) { importGraph(input: $input) { actors relationships } }',
      variables: { input: importBatch(`bench-import-${Date.now()}-${i}`, 300, 1200, known) },
    });
    const started = performance.now();
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${BENCH_API_KEY}` }, body });
    const json = (await res.json()) as { errors?: unknown[] };
    ms.push(performance.now() - started);
    if (!res.ok || json.errors) throw new Error(`importGraph failed: HTTP ${res.status} ${JSON.stringify(json).slice(0, 500)}`);
  }
  return { batch: '300 actors and 1,200 relationships', ms };
}
