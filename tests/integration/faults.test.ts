// Database faults: Neo4j stopped under load, restarted in the middle of writes, conflicting
// concurrent writes, and queries that run too long. Uses a Neo4j of its own, since it stops it.
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { GraphExecutor } from '../../src/graph/executor.js';
import { auth, gql, startTestApp, testEnv } from '../helpers/app.js';
import { ownNeo4j, type OwnNeo4j } from '../helpers/own-neo4j.js';

let db: OwnNeo4j;
let app: RunningApp;

beforeAll(async () => {
  db = await ownNeo4j();
  await db.start();
  app = await startTestApp({ NEO4J_URI: db.uri, NEO4J_ACQUISITION_TIMEOUT_MS: '2000' });
}, 300_000);
afterAll(async () => {
  await app?.stop();
  await db?.remove();
}, 120_000);

const ready = async () => (await fetch(`${app.url}/ready`)).status;
const ARTICLE = 'russia-reinforcements-niger-may-2024';
const QUOTE = 'Russia has sent new military reinforcement to Niger Republic';

describe('Neo4j stopped during load', () => {
  it('fails fast with DATABASE_UNAVAILABLE, /ready 503, /health 200, and recovers by itself', { timeout: 300_000 }, async () => {
    expect(await ready()).toBe(200);
    let running = true;
    const outcomes: { code: string; ms: number }[] = [];
    const client = async () => {
      while (running) {
        const started = Date.now();
        const res = await gql(app, '{ actor(id: "niger") { relationships { target { name } } } }');
        outcomes.push({ code: res.errors?.[0]?.extensions.code ?? 'OK', ms: Date.now() - started });
        if (res.status >= 500) throw new Error(`HTTP ${res.status}`);
      }
    };
    const clients = Array.from({ length: 4 }, client);
    await new Promise((r) => setTimeout(r, 500));

    await db.stop();
    const whileDown: { code: string; ms: number }[] = [];
    for (let i = 0; i < 3; i += 1) {
      const started = Date.now();
      const res = await gql(app, '{ actor(id: "niger") { name } }');
      whileDown.push({ code: res.errors?.[0]?.extensions.code ?? 'OK', ms: Date.now() - started });
    }
    expect(whileDown.map((o) => o.code)).toEqual(['DATABASE_UNAVAILABLE', 'DATABASE_UNAVAILABLE', 'DATABASE_UNAVAILABLE']);
    // Well under the driver's 60 s default: the acquisition timeout plus the retry window.
    for (const o of whileDown) expect(o.ms).toBeLessThan(15_000);
    expect(await ready()).toBe(503);
    expect((await fetch(`${app.url}/health`)).status).toBe(200);

    await db.start();
    const deadline = Date.now() + 60_000;
    while ((await ready()) !== 200 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
    expect(await ready()).toBe(200);
    running = false;
    await Promise.all(clients);
    expect(outcomes.filter((o) => !['OK', 'DATABASE_UNAVAILABLE'].includes(o.code))).toEqual([]);
    expect((await gql(app, '{ actor(id: "niger") { name } }')).data).toEqual({ actor: { name: 'Niger' } });
  });
});

describe('Neo4j restarted in the middle of writes', () => {
  const batch = (k: number) => ({
    actors: [0, 1, 2].map((j) => ({ id: `test-batch-${k}-${j}`, name: `Batch ${k} actor ${j}`, kind: 'GROUP' })),
    relationships: [0, 1].map((j) => ({
      type: 'COOPERATES_WITH',
      sourceId: `test-batch-${k}-${j}`,
      targetId: `test-batch-${k}-${j + 1}`,
      evidence: [{ articleId: ARTICLE, quote: QUOTE }],
    })),
  });
  const IMPORT = 'mutation($i: GraphImportInput!) { importGraph(input: $i) { actors relationships } }';
  const written = async (k: number) =>
    (
      await app.db.read<{ actors: number; rels: number }>(
        "MATCH (a:Actor) WHERE a.id STARTS WITH $prefix OPTIONAL MATCH (a)-[r]->() RETURN count(DISTINCT a) AS actors, count(r) AS rels",
        { prefix: `test-batch-${k}-` },
      )
    )[0];

  it('leaves every batch whole or absent, and retrying makes each whole exactly once', { timeout: 300_000 }, async () => {
    const BATCHES = 40;
    const results: boolean[] = [];
    const writer = (async () => {
      for (let k = 0; k < BATCHES; k += 1) {
        const res = await gql(app, IMPORT, { i: batch(k) }, auth);
        results[k] = !res.errors;
        if (res.errors) expect(res.errors[0]?.extensions.code).toMatch(/DATABASE_UNAVAILABLE|DATABASE_TIMEOUT/);
      }
    })();
    await new Promise((r) => setTimeout(r, 300));
    await db.stop();
    await db.start();
    await writer;
    expect(results.filter((ok) => !ok).length).toBeGreaterThan(0);

    for (let k = 0; k < BATCHES; k += 1) {
      const w = await written(k);
      expect([JSON.stringify({ actors: 0, rels: 0 }), JSON.stringify({ actors: 3, rels: 2 })], `batch ${k}`).toContain(JSON.stringify(w));
    }
    // The client retries whatever failed (and, to prove idempotence, everything else once more).
    for (let k = 0; k < BATCHES; k += 1) {
      const res = await gql(app, IMPORT, { i: batch(k) }, auth);
      expect(res.errors).toBeUndefined();
    }
    for (let k = 0; k < BATCHES; k += 1) expect(await written(k)).toEqual({ actors: 3, rels: 2 });
  });
});

describe('conflicting concurrent writes', () => {
  it('upserts of one actor leave exactly one node', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        gql(app, 'mutation($i: ActorInput!) { upsertActor(input: $i) { id } }', { i: { id: 'test-contended', name: `Name ${i}`, kind: 'GROUP' } }, auth),
      ),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(await app.db.read("MATCH (a:Actor {id: 'test-contended'}) RETURN count(a) AS n")).toEqual([{ n: 1 }]);
  });

  it('upserts of one relationship leave exactly one relationship', async () => {
    const input = { type: 'OPPOSED', sourceId: 'test-contended', targetId: 'niger', startDate: '2024-06', evidence: [{ articleId: ARTICLE, quote: QUOTE }] };
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        gql(app, 'mutation($i: RelationshipInput!) { upsertRelationship(input: $i) { id } }', { i: { ...input, description: `try ${i}` } }, auth),
      ),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(await app.db.read("MATCH (:Actor {id: 'test-contended'})-[r:OPPOSED]->(:Actor {id: 'niger'}) RETURN count(r) AS n")).toEqual([{ n: 1 }]);
  });
});

describe('query timeouts', () => {
  it('stop a slow query with DATABASE_TIMEOUT and give its connection back', async () => {
    const config = loadConfig(testEnv({ NEO4J_URI: db.uri }));
    // One connection only: if the timed-out query kept it, the next query could not run.
    const driver = neo4j.driver(db.uri, neo4j.auth.basic('neo4j', config.neo4j.password), { maxConnectionPoolSize: 1, connectionAcquisitionTimeout: 5000, disableLosslessIntegers: true });
    const slow = new GraphExecutor(driver, 'neo4j', 500);
    try {
      const started = Date.now();
      await expect(slow.read('UNWIND range(1, 1000000000) AS x RETURN sum(x) AS s')).rejects.toMatchObject({ extensions: { code: 'DATABASE_TIMEOUT' } });
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(await slow.read('RETURN 1 AS ok')).toEqual([{ ok: 1 }]);
      const lingering = await app.db.read("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'range(1, 1000000000)' AND NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS n");
      expect(lingering).toEqual([{ n: 0 }]);
    } finally {
      await driver.close();
    }
  });
});
