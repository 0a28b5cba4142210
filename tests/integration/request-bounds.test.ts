// What bounds a request while it runs: a deadline over all of its database work (not only each
// transaction's own timeout), after which its transactions are stopped in Neo4j and it answers
// TIMEOUT with nothing written; and a cap on the answer's size. A test transaction holds a write
// lock on an actor, so that writes to it surely wait for as long as the test wants.
import neo4j, { type Driver, type Transaction } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { GraphExecutor, TRANSACTION_APP } from '../../src/graph/executor.js';
import { auth, gql, startTestApp } from '../helpers/app.js';

const ACTOR = 'bounds-locked-actor';

let driver: Driver;
beforeAll(async () => {
  driver = neo4j.driver(inject('neo4jUri'), neo4j.auth.basic('neo4j', inject('neo4jPassword')));
  await driver.executeQuery("MERGE (a:Actor {id: $id}) SET a.name = 'Locked', a.kind = 'GROUP', a.aliases = []", { id: ACTOR });
});
afterAll(async () => {
  await driver.executeQuery('MATCH (a:Actor {id: $id}) DETACH DELETE a', { id: ACTOR });
  await driver.close();
});

/** Runs `work` while another transaction holds a write lock on the test actor. */
async function whileLocked<T>(work: () => Promise<T>): Promise<T> {
  const session = driver.session();
  const lock: Transaction = session.beginTransaction();
  try {
    await lock.run("MATCH (a:Actor {id: $id}) SET a.name = 'Locked'", { id: ACTOR });
    return await work();
  } finally {
    await lock.rollback();
    await session.close();
  }
}

/** The transactions Neo4j is running for the server's executor (its metadata), with their request ids. */
async function appTransactions(): Promise<(string | null)[]> {
  const { records } = await driver.executeQuery(
    'SHOW TRANSACTIONS YIELD metaData WHERE metaData.app = $app RETURN metaData.requestId AS requestId',
    { app: TRANSACTION_APP },
  );
  return records.map((r) => r.get('requestId') as string | null);
}

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting until ${what}`);
}

const nameOf = async () => (await driver.executeQuery('MATCH (a:Actor {id: $id}) RETURN a.name AS name', { id: ACTOR })).records[0]?.get('name');

describe('the request deadline', () => {
  it('covers all of a request’s transactions: each gets only the time left, and none starts after it', async () => {
    // Each transaction may take 1 s, the request 1.5 s: the first write waits out its own
    // timeout (Neo4j stops it no sooner), the second gets only what is left of the request's,
    // less than its own, and the third is not even sent.
    let executor = new GraphExecutor(driver, 'neo4j', 1000);
    const write = () => executor.write('MATCH (a:Actor {id: $id}) SET a.name = $name', { id: ACTOR, name: 'Written' });
    const codes = await whileLocked(async () => {
      executor = executor.scoped({ timeoutMs: 1500 });
      const outcome: string[] = [];
      for (let i = 0; i < 3; i += 1) outcome.push(await write().then(() => 'OK', (e: { extensions?: { code?: string } }) => e.extensions?.code ?? String(e)));
      return outcome;
    });
    expect(codes).toEqual(['DATABASE_TIMEOUT', 'TIMEOUT', 'TIMEOUT']);
    // The third was never sent (the second too, when the first took its time to be stopped).
    expect(executor.roundTrips).toBeLessThanOrEqual(2);
    expect(await nameOf()).toBe('Locked');
    await until(async () => (await appTransactions()).length === 0, 'Neo4j has no transaction of the request left');
  });

  it('answers a read still running at the deadline with TIMEOUT, and Neo4j stops it', async () => {
    const executor = new GraphExecutor(driver, 'neo4j', 60_000).scoped({ timeoutMs: 300 });
    // A read that would run for minutes.
    const read = executor.read('UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n');
    await expect(read).rejects.toMatchObject({ extensions: { code: 'TIMEOUT' } });
    await until(async () => (await appTransactions()).length === 0, 'Neo4j has stopped the read');
  });

  describe('through the API', () => {
    let app: RunningApp;
    beforeAll(async () => {
      app = await startTestApp({ REQUEST_TIMEOUT_MS: '3000' });
    });
    afterAll(() => app?.stop());

    it('a mutation kept waiting past the deadline answers TIMEOUT, and nothing is written', async () => {
      const requestId = `bounds-${Date.now()}`;
      const res = await whileLocked(async () => {
        const answer = gql(app, `mutation { upsertActor(input: { id: "${ACTOR}", name: "Written", kind: GROUP }) { id } }`, undefined, {
          ...auth,
          'x-request-id': requestId,
        });
        // Inside Neo4j, waiting for the lock, tagged with the request's id.
        await until(async () => (await appTransactions()).includes(requestId), 'the mutation waits in Neo4j');
        return answer;
      });
      expect(res.status).toBe(200);
      expect(res.errors?.map((e) => e.extensions.code)).toEqual(['TIMEOUT']);
      expect(res.errors?.[0]?.message).toMatch(/3000 ms deadline/);
      expect(await nameOf()).toBe('Locked');
      await until(async () => (await appTransactions()).length === 0, 'Neo4j has no transaction of the request left');
      // And the server goes on answering.
      expect((await gql(app, `{ actor(id: "${ACTOR}") { name } }`)).data).toEqual({ actor: { name: 'Locked' } });
    });
  });
});

describe('the answer-size cap', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ RESPONSE_LIMIT_KB: '2' });
  });
  afterAll(() => app?.stop());

  it('refuses an answer over it with RESPONSE_TOO_LARGE instead of sending it', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ actors(first: 50) { edges { node { id name description aliases } } } }' }),
    });
    const text = await res.text();
    expect(text.length).toBeLessThan(2048);
    const body = JSON.parse(text) as { data?: unknown; errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]!.extensions.code).toBe('RESPONSE_TOO_LARGE');
    expect(body.errors[0]!.message).toMatch(/larger than 2 KB/);
    expect(body.errors[0]!.extensions.requestId).toBe(res.headers.get('x-request-id'));
  });

  it('lets smaller answers through', async () => {
    const res = await gql(app, '{ actor(id: "niger") { id name } }');
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ actor: { id: 'niger', name: 'Niger' } });
  });
});
