// Property-based abuse: 10,000+ random and malformed operations and variables (wrong types, huge
// strings, control characters, invalid dates, unknown enum values, deep objects). The server
// must never answer 5xx or crash, and must still answer a normal query afterwards.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { EXAMPLES } from '../../src/server/examples.js';
import { RELATIONSHIP_TYPES } from '../../src/graph/vocabulary.js';
import { CLIENT_ACCEPT, TEST_API_KEY, query, startTestApp } from '../helpers/app.js';
import { resetToSeeds } from '../helpers/seed-reset.js';

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp({ NODE_ENV: 'production' });
});
afterAll(async () => {
  await resetToSeeds(app);
  await app?.stop();
});

const OPERATIONS = [
  'query($id: ID!) { actor(id: $id) { id relationships { id } } }',
  'query($t: String!, $n: Int) { search(text: $t, first: $n) { id } }',
  'query($f: ActorFilter, $n: Int, $a: String) { actors(filter: $f, first: $n, after: $a) { totalCount } }',
  'query($f: RelationshipFilter, $n: Int, $a: String) { relationships(filter: $f, first: $n, after: $a) { totalCount } }',
  'query($id: ID!, $d: Int, $ty: [RelationshipType!], $at: Date, $l: Int) { relationshipGraph(actorId: $id, depth: $d, types: $ty, asOf: $at, limit: $l) { truncated } }',
  'query($a: ID!, $b: ID!, $ty: [RelationshipType!], $at: Date, $m: Int) { shortestPath(fromId: $a, toId: $b, types: $ty, asOf: $at, maxLength: $m) { length } }',
  'query($id: ID, $f: Date, $t: Date) { timeline(actorId: $id, from: $f, to: $t) { id } }',
  'mutation($i: ActorInput!) { upsertActor(input: $i) { id } }',
  'mutation($i: RelationshipInput!) { createRelationship(input: $i) { id } }',
  'mutation($i: RelationshipInput!) { upsertRelationship(input: $i) { id } }',
  'mutation($id: ID!, $d: Boolean) { deleteActor(id: $id, detach: $d) }',
  'mutation($i: GraphImportInput!) { importGraph(input: $i) { actors } }',
];

const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ minLength: 1000, maxLength: 20_000 }),
  fc.constantFrom('', ' ', '\u0000', '\u202e', '2024-13', '2024-02-30', '0000', '-1', 'NaN', '9'.repeat(40), "' OR 1=1 //", '`', '\\u0060'),
  fc.constantFrom(...RELATIONSHIP_TYPES, 'INVADED', 'state', 'STATE'),
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small' }, nasty, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
  array: fc.array(tie('any'), { maxLength: 5 }),
  object: fc.dictionary(fc.constantFrom('id', 'name', 'kind', 'types', 'from', 'to', 'asOf', 'text', 'evidence', 'articleId', 'quote', 'actors', 'x'), tie('any'), { maxKeys: 6 }),
})).any;
const variables = fc.dictionary(fc.constantFrom('id', 't', 'n', 'f', 'a', 'd', 'ty', 'at', 'l', 'b', 'm', 'i'), value, { maxKeys: 6 });

const request = fc.oneof(
  { weight: 6, arbitrary: fc.record({ query: fc.constantFrom(...OPERATIONS), variables }) },
  { weight: 1, arbitrary: fc.record({ query: fc.constantFrom(...EXAMPLES.map((e) => e.query)), variables: fc.option(variables) }) },
  { weight: 2, arbitrary: fc.record({ query: fc.string({ maxLength: 200 }), variables: fc.option(value) }) },
  { weight: 1, arbitrary: fc.anything() },
);

async function send(body: unknown, raw = false): Promise<number> {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: CLIENT_ACCEPT, authorization: `Bearer ${TEST_API_KEY}` },
    body: raw ? String(body) : JSON.stringify(body),
  });
  await res.arrayBuffer();
  return res.status;
}

describe('random and malformed requests', () => {
  it('never get a 5xx (10,000 operations)', { timeout: 600_000 }, async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(request, async (body) => {
        const status = await send(body);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        return status < 500;
      }),
      { numRuns: 10_000, seed: 20240410, endOnFailure: true },
    );
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
    expect(statuses.get(200)).toBeGreaterThan(100);
    expect(statuses.get(400)).toBeGreaterThan(100);
  });

  it('never get a 5xx for bodies that are not JSON or not requests (2,000 bodies)', { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.json()), async (body) => (await send(body, true)) < 500),
      { numRuns: 2_000, seed: 20240504, endOnFailure: true },
    );
  });

  it('the server still answers a normal query afterwards', async () => {
    expect(await query(app, '{ actor(id: "niger") { name } }')).toEqual({ actor: { name: 'Niger' } });
    expect((await fetch(`${app.url}/ready`)).status).toBe(200);
  });
});
