// Where the local Neo4j's files live. Paths only: importing this reads nothing from disk, so a
// server given NEO4J_URI (the Docker image, which has neither the pom nor .neo4j/) never touches them.
import { join, resolve } from 'node:path';
import { REPO_ROOT } from '../../paths.js';

/** neo4j/pom.xml: the Neo4j version and the jars of the server, resolved by Maven. */
export const POM = join(REPO_ROOT, 'neo4j', 'pom.xml');

/** <repo>/.neo4j: the shared jar cache (lib/) and the developer's instance (instance/). Git-ignored. */
export const LOCAL_NEO4J_DIR = join(REPO_ROOT, '.neo4j');
/** The instance that `npm start` and `npm run db:start` use (tests use their own). */
export const LOCAL_NEO4J_HOME = join(LOCAL_NEO4J_DIR, 'instance');
/** Default jar folder, shared by tests and the developer so there is one download. */
export const DEFAULT_LIB_DIR = join(LOCAL_NEO4J_DIR, 'lib');

/** The files of one instance folder (homeDir). */
export function instancePaths(homeDir: string) {
  const home = resolve(homeDir);
  return {
    home,
    conf: join(home, 'conf'),
    confFile: join(home, 'conf', 'neo4j.conf'),
    // The launcher's own pid file name (server.directories.run / neo4j.pid).
    pidFile: join(home, 'run', 'neo4j.pid'),
    // The server's stdout and stderr: in console mode its user log, plus anything the JVM prints
    // before logging starts (a bad flag, a missing class). The server also keeps logs/neo4j.log.
    logFile: join(home, 'logs', 'console.log'),
  };
}
