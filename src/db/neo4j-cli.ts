/**
 * The developer's local Neo4j: `node dist/src/db/neo4j-cli.js start|stop|status|dump|restore`
 * (npm run db:start / db:stop / db:status / db:dump [folder] / db:restore <folder>). The instance
 * lives in <repo>/.neo4j/instance and keeps running after `start` returns, until `stop`.
 */
import { loadConfig } from '../config.js';
import { join } from 'node:path';
import { REPO_ROOT } from '../paths.js';
import {
  LOCAL_NEO4J_HOME,
  neo4jVersion,
  dumpLocalNeo4j,
  loadLocalNeo4j,
  localNeo4jStatus,
  startLocalNeo4j,
  stopLocalNeo4j,
} from './local-neo4j/index.js';

// The default password of this local, loopback-only development database is `sahelgraph`
// (NEO4J_PASSWORD, see src/config.ts). It is applied only when .neo4j/instance is first
// created; to change it later, stop the database and delete .neo4j/instance (and its data).
function settings() {
  const { neo4j, localNeo4j } = loadConfig();
  return {
    boltPort: neo4j.boltPort,
    httpPort: neo4j.httpPort,
    username: neo4j.username,
    password: neo4j.password,
    java: localNeo4j.java,
  };
}

const HOME_DIR = LOCAL_NEO4J_HOME;

async function main(command: string | undefined, arg: string | undefined): Promise<number> {
  switch (command) {
    case 'start': {
      const env = settings();
      const status = await localNeo4jStatus(HOME_DIR);
      if (status.running) {
        console.log(`Neo4j is already running (pid ${status.pid}, Bolt port ${status.boltPort}, HTTP port ${status.httpPort}).`);
        return 0;
      }
      const neo4j = await startLocalNeo4j({ ...env, homeDir: HOME_DIR, detached: true, onProgress: (line) => console.log(line) });
      console.log(`Neo4j ${neo4jVersion()} is running (pid ${neo4j.pid}).`);
      console.log(`  Bolt:    ${neo4j.boltUri}  (user ${env.username})`);
      console.log(`  Browser: ${neo4j.httpUrl}/browser/`);
      console.log(`  Log:     ${neo4j.logFile}`);
      return 0;
    }
    case 'stop':
      console.log((await stopLocalNeo4j(HOME_DIR)) ? 'Neo4j stopped.' : 'Neo4j was not running.');
      return 0;
    case 'dump': {
      // Default: backups/<timestamp>/neo4j.dump (git-ignored).
      const dir = arg ?? join(REPO_ROOT, 'backups', new Date().toISOString().replace(/[:.]/g, '-'));
      console.log(`Dumped the database to ${await dumpLocalNeo4j(HOME_DIR, dir, { java: settings().java })}`);
      console.log(`Restore it with: npm run db:restore -- ${dir}`);
      return 0;
    }
    case 'restore': {
      if (!arg) {
        console.error('usage: npm run db:restore -- <folder holding neo4j.dump>');
        return 2;
      }
      await loadLocalNeo4j(HOME_DIR, arg, { java: settings().java });
      console.log(`Restored the database from ${join(arg, 'neo4j.dump')}; start it with npm run db:start.`);
      return 0;
    }
    case 'status': {
      const status = await localNeo4jStatus(HOME_DIR);
      console.log(
        status.running
          ? `Neo4j is running (pid ${status.pid}, Bolt port ${status.boltPort}, HTTP port ${status.httpPort}).`
          : 'Neo4j is not running.',
      );
      return 0;
    }
    default:
      console.error('usage: neo4j-cli start|stop|status|dump [folder]|restore <folder>');
      return 2;
  }
}

main(process.argv[2], process.argv[3]).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
