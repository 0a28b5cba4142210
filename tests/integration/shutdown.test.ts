// SIGTERM under load, on the built server as a real process: in-flight requests finish, new
// connections are refused, the driver closes and the process exits 0 within the grace period.
// The test holds a write lock on one actor so that mutations on it are surely in flight (waiting
// inside Neo4j) when the signal arrives.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { TRANSACTION_APP } from '../../src/graph/executor.js';
import { readSeeds } from '../../src/graph/seed.js';
import { REPO_ROOT } from '../../src/paths.js';
import { TEST_API_KEY } from '../helpers/app.js';
import { freePort } from '../helpers/ports.js';

let server: ChildProcessWithoutNullStreams | undefined;
afterAll(() => {
  server?.kill('SIGKILL');
});

function startServer(port: number): Promise<{ output: () => string; exit: Promise<{ code: number | null; at: number }> }> {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'dist', 'src', 'index.js')], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      NEO4J_URI: inject('neo4jUri'),
      NEO4J_PASSWORD: inject('neo4jPassword'),
      PORT: String(port),
      API_KEYS: TEST_API_KEY,
      SHUTDOWN_GRACE_MS: '20000',
      // The mutations wait on the test's lock for as long as it takes to see all five waiting.
      REQUEST_TIMEOUT_MS: '60000',
      LOG_LEVEL: 'info',
    },
  });
  server = child;
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exit = new Promise<{ code: number | null; at: number }>((resolve) => child.on('exit', (code) => resolve({ code, at: Date.now() })));
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('serving GraphQL')) {
        clearInterval(timer);
        resolve({ output: () => output, exit });
      }
      if (child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`server exited early:\n${output}`));
      }
    }, 100);
  });
}

describe('SIGTERM under load', () => {
  it('finishes in-flight requests, refuses new ones and exits 0', { timeout: 120_000 }, async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/graphql`;
    const { output, exit } = await startServer(port);
    const niger = readSeeds().actors.find((a) => a.id === 'niger');
    const driver = neo4j.driver(inject('neo4jUri'), neo4j.auth.basic('neo4j', inject('neo4jPassword')), { disableLosslessIntegers: true });
    const session = driver.session();
    const lock = session.beginTransaction();
    try {
      await lock.run("MATCH (a:Actor {id: 'niger'}) SET a.name = a.name");
      const inFlight = Array.from({ length: 5 }, () =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_API_KEY}` },
          body: JSON.stringify({ query: 'mutation($i: ActorInput!) { upsertActor(input: $i) { id name } }', variables: { i: niger } }),
        }).then(async (res) => ({ status: res.status, body: (await res.json()) as any })),
      );
      // Wait until all five are inside Neo4j, waiting for the lock.
      // The server tags its transactions with its name and the request's id (executor.ts).
      const waiting = async () =>
        (await driver.executeQuery('SHOW TRANSACTIONS YIELD metaData WHERE metaData.app = $app AND metaData.requestId IS NOT NULL RETURN count(*) AS n', { app: TRANSACTION_APP })).records[0]?.get('n') as number;
      const deadline = Date.now() + 20_000;
      while ((await waiting()) < 5 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(await waiting()).toBe(5);

      server?.kill('SIGTERM');
      const signalled = Date.now();
      await new Promise((r) => setTimeout(r, 500));
      await expect(fetch(url.replace('/graphql', '/health'))).rejects.toThrow();

      await lock.rollback();
      const answers = await Promise.all(inFlight);
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
      expect(answers.map((a) => a.body.data?.upsertActor)).toEqual(Array(5).fill({ id: 'niger', name: 'Niger' }));

      const { code, at } = await exit;
      expect(code).toBe(0);
      expect(at - signalled).toBeLessThan(20_000);
      expect(output()).toContain('shutting down');
    } finally {
      await session.close();
      await driver.close();
    }
  });
});
