// A Neo4j of a test's own (its own ports and temporary folder), for tests that stop, restart or
// replace the database and so cannot share the suite's one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { startLocalNeo4j, type LocalNeo4jHandle } from '../../src/db/local-neo4j/index.js';
import { TEST_NEO4J_PASSWORD } from './global-setup.js';
import { freePort } from './ports.js';

export interface OwnNeo4j {
  homeDir: string;
  boltPort: number;
  httpPort: number;
  handle: LocalNeo4jHandle | null;
  uri: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  remove(): Promise<void>;
}

export async function ownNeo4j(homeDir = mkdtempSync(join(tmpdir(), 'sahel-graph-own-neo4j-'))): Promise<OwnNeo4j> {
  const boltPort = await freePort();
  const httpPort = await freePort();
  const { java } = loadConfig().localNeo4j;
  const own: OwnNeo4j = {
    homeDir,
    boltPort,
    httpPort,
    handle: null,
    uri: `bolt://127.0.0.1:${boltPort}`,
    async start() {
      own.handle = await startLocalNeo4j({ homeDir, boltPort, httpPort, password: TEST_NEO4J_PASSWORD, heap: '384m', pageCache: '64m', java, detached: false });
    },
    async stop() {
      await own.handle?.stop();
      own.handle = null;
    },
    async remove() {
      await own.stop();
      rmSync(homeDir, { recursive: true, force: true });
    },
  };
  return own;
}
