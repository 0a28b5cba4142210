// Starts one throw-away Neo4j for the integration tests: its own free ports and a temporary data
// folder, never the user's database. The jars are shared with `npm start` (.neo4j/lib), so only
// the very first run on a machine downloads them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { startLocalNeo4j } from '../../src/db/local-neo4j/index.js';
import { ensureChromium } from './chromium.js';
import { freePort } from './ports.js';

export const TEST_NEO4J_PASSWORD = 'test-password-1';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jHttpUrl: string;
    neo4jPassword: string;
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  project.provide('chromiumPath', ensureChromium((line) => console.log(`[test setup] ${line}`)));
  const homeDir = mkdtempSync(join(tmpdir(), 'sahel-graph-test-neo4j-'));
  const handle = await startLocalNeo4j({
    homeDir,
    boltPort: await freePort(),
    httpPort: await freePort(),
    password: TEST_NEO4J_PASSWORD,
    heap: '512m',
    pageCache: '128m',
    java: loadConfig().localNeo4j.java,
    detached: false,
    onProgress: (line) => console.log(`[test neo4j] ${line}`),
  });
  project.provide('neo4jUri', handle.boltUri);
  project.provide('neo4jHttpUrl', handle.httpUrl);
  project.provide('neo4jPassword', TEST_NEO4J_PASSWORD);
  return async () => {
    await handle.stop();
    rmSync(homeDir, { recursive: true, force: true });
  };
}
