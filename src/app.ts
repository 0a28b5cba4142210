// Start-up in order: pick the database, connect, apply the Cypher schema, load the seeds, serve.
// Used by `npm start` (src/index.ts) and by the integration tests, which pass their own config.
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { chooseDatabase } from './db/choose-database.js';
import { createDriver } from './db/driver.js';
import { applySchema } from './db/migrations.js';
import { GraphExecutor } from './graph/executor.js';
import { migrateData } from './graph/data-migrations.js';
import { loadSeeds, readSeeds } from './graph/seed.js';
import { startHttpServer, type Readiness } from './server/http.js';

export interface RunningApp {
  url: string;
  neo4jUri: string;
  db: GraphExecutor;
  stop(): Promise<void>;
}

export async function startApp(config: Config, logger: Logger): Promise<RunningApp> {
  const seeds = config.seedOnStart ? readSeeds() : null; // validate before touching the database
  const chosen = await chooseDatabase(config, (line) => logger.info(line));
  logger.info({ uri: chosen.uri, how: chosen.how }, 'using Neo4j');
  const driver = createDriver(chosen.uri, config.neo4j);
  const db = new GraphExecutor(driver, config.neo4j.database, config.neo4j.txTimeoutMs);
  const readiness: Readiness = { schemaApplied: false, seedsLoaded: !config.seedOnStart };
  try {
    const statements = await applySchema(db);
    readiness.schemaApplied = true;
    logger.info({ statements }, 'schema applied');
    const migrated = await migrateData(db);
    if (migrated.length > 0) logger.info({ migrations: migrated }, 'data migrated');
    if (seeds) {
      const counts = await loadSeeds(db, seeds);
      readiness.seedsLoaded = true;
      logger.info(counts, 'seeds loaded');
    }
    const http = await startHttpServer(config, db, readiness, logger);
    return {
      url: http.url,
      neo4jUri: chosen.uri,
      db,
      stop: async () => {
        await http.stop();
        await driver.close();
      },
    };
  } catch (error) {
    await driver.close();
    throw error;
  }
}
