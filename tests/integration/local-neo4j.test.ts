// The local Neo4j launcher itself (src/db/local-neo4j/), on its own throw-away instance: a
// mkdtemp folder and free ports, beside the shared test database of tests/helpers/global-setup.ts,
// which also shows that two instances run side by side. The first run on a machine downloads the jars.
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auth, driver as neo4jDriver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { localNeo4jStatus, neo4jVersion, startLocalNeo4j, type LocalNeo4jHandle } from '../../src/db/local-neo4j/index.js';
import { loadConfig } from '../../src/config.js';
import { freePort } from '../helpers/ports.js';

const PASSWORD = 'local-neo4j-test-password';

function boltAnswers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
  });
}

async function query(boltUri: string, password: string, cypher: string) {
  const driver = neo4jDriver(boltUri, auth.basic('neo4j', password));
  try {
    return (await driver.executeQuery(cypher)).records.map((record) => record.toObject());
  } finally {
    await driver.close();
  }
}

describe('local Neo4j server', () => {
  const homeDir = mkdtempSync(join(tmpdir(), 'sahel-graph-local-neo4j-'));
  let handle: LocalNeo4jHandle | undefined;
  const neo4j = () => handle ?? expect.fail('Neo4j was not started by the first test');
  const start = async () =>
    (handle = await startLocalNeo4j({
      homeDir,
      boltPort: await freePort(),
      httpPort: await freePort(),
      password: PASSWORD,
      heap: '512m',
      pageCache: '64m',
      java: loadConfig().localNeo4j.java,
    }));

  afterAll(async () => {
    await handle?.stop();
    rmSync(homeDir, { recursive: true, force: true });
  });

  it('starts on loopback ports and reports itself running', async () => {
    const { boltUri, httpUrl, pid } = await start();
    expect(boltUri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(httpUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await localNeo4jStatus(homeDir)).toMatchObject({ running: true, pid });
  }, 600_000);

  it('runs a real query with the initial password, and refuses a wrong one', async () => {
    const { boltUri } = neo4j();
    expect(await query(boltUri, PASSWORD, "CREATE (p:Probe {name: 'kept'}) RETURN p.name AS name")).toEqual([
      { name: 'kept' },
    ]);
    await expect(query(boltUri, 'not-the-password', 'RETURN 1')).rejects.toMatchObject({
      code: 'Neo.ClientError.Security.Unauthorized',
    });
  });

  it('serves Neo4j Browser on the HTTP port, pointing it at its own Bolt address', async () => {
    const { httpUrl, boltUri } = neo4j();
    const page = await fetch(`${httpUrl}/browser/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<title>Neo4j Browser</title>');
    // The Browser reads its Bolt URL from the discovery document at the HTTP root.
    const discovery = await fetch(`${httpUrl}/`, { headers: { accept: 'application/json' } });
    expect(await discovery.json()).toMatchObject({
      bolt_direct: boltUri,
      neo4j_version: neo4jVersion(),
      neo4j_edition: 'community',
    });
  });

  it('stops, after which status says not running and Bolt is closed', async () => {
    const { boltUri } = neo4j();
    await neo4j().stop();
    handle = undefined;
    expect(await localNeo4jStatus(homeDir)).toEqual({ running: false });
    expect(await boltAnswers(Number(new URL(boltUri).port))).toBe(false);
  }, 180_000);

  it('starts again on the same folder with the same password and keeps the data', async () => {
    const { boltUri } = await start();
    expect(await query(boltUri, PASSWORD, 'MATCH (p:Probe) RETURN p.name AS name')).toEqual([{ name: 'kept' }]);
  }, 180_000);
});
