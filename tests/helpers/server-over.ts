// The real HTTP server over a database of the test's choosing, as if start-up had gone well:
// a URI where nothing listens shows how clients meet DATABASE_UNAVAILABLE, a database name that
// does not exist how they meet an internal error.
import type { Logger } from 'pino';
import { loadConfig } from '../../src/config.js';
import { createDriver } from '../../src/db/driver.js';
import { GraphExecutor } from '../../src/graph/executor.js';
import { createLogger } from '../../src/logger.js';
import { startHttpServer } from '../../src/server/http.js';
import { testEnv } from './app.js';

export interface ServerOver {
  url: string;
  stop(): Promise<void>;
}

export async function serverOver(
  uri: string,
  database: string,
  env: Record<string, string> = {},
  logger: Logger = createLogger('silent'),
): Promise<ServerOver> {
  const config = loadConfig(testEnv({ NEO4J_DATABASE: database, NEO4J_ACQUISITION_TIMEOUT_MS: '1000', ...env }));
  const driver = createDriver(uri, config.neo4j);
  const db = new GraphExecutor(driver, config.neo4j.database, config.neo4j.txTimeoutMs);
  const http = await startHttpServer(config, db, { schemaApplied: true, seedsLoaded: true }, logger);
  return {
    url: http.url,
    stop: async () => {
      await http.stop();
      await driver.close();
    },
  };
}
