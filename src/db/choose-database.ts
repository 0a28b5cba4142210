// DESIGN §2: NEO4J_URI set → use it. Not set → reuse a Neo4j already answering on
// 127.0.0.1:<NEO4J_BOLT_PORT> with the configured credentials, else provision and start the
// local Neo4j Community server (first run downloads it with Maven, which takes minutes).
import type { Config } from '../config.js';
import { probe } from './driver.js';
import { LOCAL_NEO4J_HOME, startLocalNeo4j } from './local-neo4j/index.js';

export interface ChosenDatabase {
  uri: string;
  how: 'configured' | 'reused' | 'started';
}

export async function chooseDatabase(config: Config, onProgress: (line: string) => void): Promise<ChosenDatabase> {
  const cfg = config.neo4j;
  if (cfg.uri) return { uri: cfg.uri, how: 'configured' };
  const local = `bolt://127.0.0.1:${cfg.boltPort}`;
  const found = await probe(local, cfg);
  if (found === 'ok') return { uri: local, how: 'reused' };
  if (found === 'unauthorized') {
    throw new Error(
      `A Neo4j answers on ${local} but refuses user "${cfg.username}" with the configured password: ` +
        'set NEO4J_PASSWORD (and NEO4J_USERNAME) to its credentials, or NEO4J_URI to another server.',
    );
  }
  const handle = await startLocalNeo4j({
    homeDir: LOCAL_NEO4J_HOME,
    boltPort: cfg.boltPort,
    httpPort: cfg.httpPort,
    username: cfg.username,
    password: cfg.password,
    java: config.localNeo4j.java,
    detached: true,
    onProgress,
  });
  return { uri: handle.boltUri, how: 'started' };
}
