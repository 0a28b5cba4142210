// importGraph at scale, as a client sends it: batches up to the stated maximum (IMPORT_LIMITS)
// with realistic content are accepted with the default settings, cost a fixed handful of round
// trips whatever their size, are all or nothing, and are idempotent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBatch, type ImportBatch } from '../../bench/import-batch.js';
import type { RunningApp } from '../../src/app.js';
import { readSeeds } from '../../src/graph/seed.js';
import { RELATIONSHIP_TYPES } from '../../src/graph/vocabulary.js';
import { IMPORT_LIMITS } from '../../src/schema/common/limits.js';
import { auth, gql, startTestApp, type GraphQLResponse } from '../helpers/app.js';

let app: RunningApp;
const PREFIX = `imp-${Math.random().toString(36).slice(2, 8)}`;
const IMPORT = 'mutation($input: GraphImportInput!) { importGraph(input: $input) { actors relationships } }';

// Real quotes with their articles, one or two to a relationship, as clients send them.
const EVIDENCE = readSeeds().relationships.flatMap((r) => r.evidence);

/** `actors` actors and `relationships` relationships under `prefix`, some also to Niger. */
const batch = (prefix: string, actors: number, relationships: number) => importBatch(prefix, actors, relationships, { actorId: 'niger', evidence: EVIDENCE });
type Batch = ImportBatch;

const send = (input: Batch, headers: Record<string, string> = auth): Promise<GraphQLResponse> => gql(app, IMPORT, { input }, headers);

/** What is stored under `prefix`: actors with labels and properties, relationships likewise. */
async function stored(prefix: string) {
  const [row] = await app.db.read(
    `RETURN COLLECT { MATCH (a:Actor) WHERE a.id STARTS WITH $prefix
                      RETURN [a.id, labels(a), properties(a)] ORDER BY a.id } AS actors,
            COLLECT { MATCH (a:Actor)-[r]->(b:Actor) WHERE a.id STARTS WITH $prefix
                      RETURN [a.id, type(r), r.id, b.id, properties(r)] ORDER BY r.id } AS relationships`,
    { prefix: `${prefix}-` },
  );
  return row as { actors: unknown[][]; relationships: unknown[][] };
}

const counts = async () =>
  (await app.db.read<{ nodes: number; rels: number }>('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels'))[0];
const cleanUp = () => app.db.write('MATCH (a:Actor) WHERE a.id STARTS WITH $prefix DETACH DELETE a', { prefix: `${PREFIX}-` });

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await cleanUp();
  await app?.stop();
});

describe('importGraph at scale', () => {
  // How long it takes is measured by the benchmark (npm run bench: "importGraph"), not here.
  it('writes 300 actors and 1,200 relationships in as many round trips as a batch 10× smaller', async () => {
    const large = await send(batch(`${PREFIX}-l`, 300, 1200));
    expect(large.errors).toBeUndefined();
    expect(large.data).toEqual({ importGraph: { actors: 300, relationships: 1200 } });

    const small = await send(batch(`${PREFIX}-s`, 30, 120));
    expect(small.errors).toBeUndefined();
    expect(small.data).toEqual({ importGraph: { actors: 30, relationships: 120 } });

    // One statement checks the relationships, one writes the actors, one the relationships.
    expect(large.extensions?.dbRoundTrips).toBe(small.extensions?.dbRoundTrips);
    expect(large.extensions?.dbRoundTrips).toBeLessThanOrEqual(4);

    const written = await stored(`${PREFIX}-l`);
    expect(written.actors).toHaveLength(300);
    expect(written.relationships).toHaveLength(1200);
    // Kind labels, dates as the analysts query them, evidence as parallel lists, timestamps.
    const [, labels, props] = written.actors.find(([id]) => id === `${PREFIX}-l-a1`) as [string, string[], Record<string, unknown>];
    expect(labels.sort()).toEqual(['Actor', 'MilitaryGovernment']);
    expect(props).toMatchObject({ name: 'Imported actor 1', kind: 'MILITARY_GOVERNMENT', aliases: ['Actor number 1'], country: 'NE' });
    expect(props.createdAt).toBeDefined();
    expect(props.updatedAt).toEqual(props.createdAt);
    const [relationship] = await app.db.read(
      `MATCH (:Actor {id: $source})-[r {id: $id}]->(:Actor {id: 'niger'})
       RETURN type(r) AS type, r.startDay = date('2020-01-01') AS startDay, r.quantity AS quantity,
              r.amountValue AS amount, r.amountUnit AS unit,
              r.evidenceArticles AS articles, r.evidenceQuotes AS quotes, r.createdAt IS NOT NULL AS created`,
      { source: `${PREFIX}-l-a0`, id: `${PREFIX}-l-r0` },
    );
    expect(relationship).toEqual({
      type: RELATIONSHIP_TYPES[0],
      startDay: true,
      // The deprecated bare quantity is kept as an amount whose unit nobody gave.
      quantity: null,
      amount: 0,
      unit: 'unspecified',
      articles: [EVIDENCE[0]?.articleId],
      quotes: [EVIDENCE[0]?.quote],
      created: true,
    });
  });

  it('accepts a batch at the stated maximum with the default body limit, which other requests keep', async () => {
    const input = batch(`${PREFIX}-m`, IMPORT_LIMITS.actors, IMPORT_LIMITS.relationships);
    const size = JSON.stringify({ query: IMPORT, variables: { input } }).length;
    // Several times BODY_LIMIT_KB's default (100 KB), well within the authenticated one (4,096 KB).
    expect(size).toBeGreaterThan(500 * 1024);
    expect(size).toBeLessThan(2048 * 1024);

    const anonymous = await send(input, {});
    expect(anonymous.status).toBe(413);
    expect(anonymous.errors?.[0]).toMatchObject({ message: 'The request body is larger than 100 KB', extensions: { code: 'PAYLOAD_TOO_LARGE' } });

    const accepted = await send(input);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data).toEqual({ importGraph: { actors: IMPORT_LIMITS.actors, relationships: IMPORT_LIMITS.relationships } });
    const written = await stored(`${PREFIX}-m`);
    expect([written.actors.length, written.relationships.length]).toEqual([IMPORT_LIMITS.actors, IMPORT_LIMITS.relationships]);

    const over = await send(batch(`${PREFIX}-o`, IMPORT_LIMITS.actors + 1, 1));
    expect(over.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect((await stored(`${PREFIX}-o`)).actors).toEqual([]);
  });

  it('answers a body over the authenticated limit with a clear 413', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify({ query: IMPORT, variables: { input: { actors: [], relationships: [] }, pad: 'x'.repeat(4200 * 1024) } }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as GraphQLResponse).errors?.[0]).toMatchObject({
      message: 'The request body is larger than 4096 KB',
      extensions: { code: 'PAYLOAD_TOO_LARGE' },
    });
  });
});

describe('a bad record anywhere in the batch', () => {
  const bad = (j: number, change: Record<string, unknown>) => {
    const input = batch(`${PREFIX}-b`, 30, 120);
    input.relationships[j] = { ...input.relationships[j], ...change };
    return input;
  };
  const ghost = `${PREFIX}-ghost`;
  const cases: [string, Batch, string, Record<string, unknown>][] = [
    ['an unknown source actor, first', bad(0, { sourceId: ghost }), `relationships[0]: Unknown source actor "${ghost}"`, { field: 'sourceId' }],
    ['an unknown target actor, last', bad(119, { targetId: ghost }), `relationships[119]: Unknown target actor "${ghost}"`, { field: 'targetId' }],
    [
      'an unknown article, in the middle',
      bad(60, { evidence: [{ articleId: 'no-such-article', quote: 'Nothing.' }] }),
      'relationships[60]: Evidence cites unknown article(s): no-such-article',
      { field: 'evidence' },
    ],
    [
      "another relationship's id",
      bad(30, { id: 'russia-deployed-to-niger-2024-04-10' }),
      'relationships[30]: Relationship id "russia-deployed-to-niger-2024-04-10" belongs to another relationship',
      {},
    ],
    [
      'an id given to two relationships of the batch',
      bad(90, { id: `${PREFIX}-b-r2` }),
      `relationships[90]: Relationship id "${PREFIX}-b-r2" belongs to another relationship`,
      {},
    ],
    ['an end before its start', bad(45, { startDate: '2024-06', endDate: '2024-05' }), 'relationships[45]: endDate 2024-05 is before startDate 2024-06', { field: 'endDate' }],
  ];

  it.each(cases)('%s is named, and nothing of the batch is written', async (_name, input, message, extensions) => {
    const before = await counts();
    const res = await send(input);
    expect(res.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', ...extensions } });
    expect(await counts()).toEqual(before);
    expect(await stored(`${PREFIX}-b`)).toEqual({ actors: [], relationships: [] });
  });

  it('the first of several is named, in a batch of 1,200', async () => {
    const input = batch(`${PREFIX}-b`, 300, 1200);
    input.relationships[1199] = { ...input.relationships[1199], targetId: ghost };
    input.relationships[700] = { ...input.relationships[700], evidence: [{ articleId: 'no-such-article', quote: 'Nothing.' }] };
    const before = await counts();
    const res = await send(input);
    expect(res.errors?.[0]?.message).toBe('relationships[700]: Evidence cites unknown article(s): no-such-article');
    expect(res.extensions?.dbRoundTrips).toBe(1);
    expect(await counts()).toEqual(before);
  });
});

describe('re-sending a batch', () => {
  it('changes nothing, timestamps included; a changed record alone gets a new updatedAt', async () => {
    const input = batch(`${PREFIX}-i`, 30, 120);
    expect((await send(input)).errors).toBeUndefined();
    const first = await stored(`${PREFIX}-i`);
    expect((await send(input)).data).toEqual({ importGraph: { actors: 30, relationships: 120 } });
    expect(await stored(`${PREFIX}-i`)).toEqual(first);

    input.relationships[5] = { ...input.relationships[5], description: 'A changed description.' };
    expect((await send(input)).errors).toBeUndefined();
    const after = await stored(`${PREFIX}-i`);
    expect(after.actors).toEqual(first.actors);
    const changed = after.relationships.filter((rel, i) => JSON.stringify(rel) !== JSON.stringify(first.relationships[i]));
    expect(changed).toHaveLength(1);
    const [, , , , props] = changed[0] as [string, string, string, string, Record<string, { toString(): string }>];
    expect(props.description).toBe('A changed description.');
    expect(String(props.updatedAt) > String(props.createdAt)).toBe(true);
  });
});
