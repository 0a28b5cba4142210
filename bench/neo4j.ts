// A throw-away Neo4j per scale, as the integration tests start theirs: its own free ports and a
// temporary data folder, never the user's database; stopped and deleted afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { startLocalNeo4j, type LocalNeo4jHandle } from '../src/db/local-neo4j/index.js';
import { freePort } from './ports.js';
import type { ScaleName } from './source.js';

export const BENCH_NEO4J_PASSWORD = 'bench-password-1';

export interface BenchNeo4j extends LocalNeo4jHandle {
  heap: string;
  pageCache: string;
  /** The Java version the launcher reported, when it did. */
  java: string | null;
}

/** Memory per scale: the million-relationship store (~1 GB on disk) gets room to stay cached. */
const MEMORY: Record<ScaleName, { heap: string; pageCache: string }> = {
  seed: { heap: '1g', pageCache: '256m' },
  '10k': { heap: '1g', pageCache: '256m' },
  '100k': { heap: '1g', pageCache: '512m' },
  '1m': { heap: '2g', pageCache: '2g' },
};

export async function startBenchNeo4j(scale: ScaleName, onProgress: (line: string) => void): Promise<BenchNeo4j> {
  const homeDir = mkdtempSync(join(tmpdir(), 'sahel-graph-bench-neo4j-'));
  const memory = MEMORY[scale];
  let java: string | null = null;
  try {
    const handle = await startLocalNeo4j({
      homeDir,
      boltPort: await freePort(),
      httpPort: await freePort(),
      password: BENCH_NEO4J_PASSWORD,
      ...memory,
      java: loadConfig().localNeo4j.java,
      detached: false,
      onProgress: (line) => {
        java ??= /with Java (\d+)/.exec(line)?.[1] ?? null;
        onProgress(line);
      },
    });
    return {
      ...handle,
      ...memory,
      java,
      async stop() {
        await handle.stop();
        rmSync(homeDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(homeDir, { recursive: true, force: true });
    throw error;
  }
}
