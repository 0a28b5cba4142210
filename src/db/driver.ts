// Creates the neo4j-driver instance from config. Acquisition and connection timeouts are short
// (seconds, not the driver's 60 s default) so that a request fails fast with
// DATABASE_UNAVAILABLE when Neo4j is down, and the driver reconnects by itself when it is back.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.js';

export function createDriver(uri: string, cfg: Config['neo4j']): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(cfg.username, cfg.password), {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: cfg.acquisitionTimeoutMs,
    connectionTimeout: Math.min(cfg.acquisitionTimeoutMs, 5000),
    maxTransactionRetryTime: 5000,
    userAgent: 'sahel-graph',
  });
}

/** Whether a Neo4j answers at `uri` with these credentials (a real `RETURN 1`, not only a TCP connect). */
export async function probe(uri: string, cfg: Config['neo4j']): Promise<'ok' | 'unauthorized' | 'unreachable'> {
  const driver = createDriver(uri, { ...cfg, acquisitionTimeoutMs: 3000 });
  try {
    await driver.executeQuery('RETURN 1', {}, { database: cfg.database });
    return 'ok';
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    return code.startsWith('Neo.ClientError.Security.') ? 'unauthorized' : 'unreachable';
  } finally {
    await driver.close();
  }
}
