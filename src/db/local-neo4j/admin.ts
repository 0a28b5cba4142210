// neo4j-admin (org.neo4j.cli.AdminTool) run with the server's classpath against an instance
// folder: the initial password of a fresh instance, and offline dump and load.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ensureNeo4jJars } from './jars.js';
import { findJava, type JavaCandidates } from './java.js';
import { instancePaths } from './layout.js';
import { localNeo4jStatus } from './process.js';

export interface AdminOptions {
  /** Jar folder; default <repo>/.neo4j/lib. */
  libDir?: string;
  /** Where to look for Java 21+ (from src/config.ts). */
  java?: JavaCandidates;
}

/** Runs neo4j-admin against an instance folder (NEO4J_HOME/NEO4J_CONF, as its launcher sets them). */
function runAdmin(java: string, libDir: string, home: string, conf: string, args: string[]): Promise<string> {
  return new Promise((done, fail) => {
    const admin = spawn(java, ['-cp', join(libDir, '*'), 'org.neo4j.cli.AdminTool', ...args], {
      // Passed through to the JVM as a launcher would, plus the two variables the tool reads.
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    admin.stdout.on('data', (chunk: Buffer) => (output += chunk));
    admin.stderr.on('data', (chunk: Buffer) => (output += chunk));
    admin.on('error', fail);
    admin.on('close', (code) =>
      // The password is the last argument of set-initial-password: never echo it.
      code === 0 ? done(output) : fail(new Error(`neo4j-admin ${args.slice(0, 2).join(' ')} failed (exit ${code}):\n${output}`)),
    );
  });
}

/** `neo4j-admin dbms set-initial-password`: writes data/dbms/auth.ini, read when the system database is first created. */
export const setInitialPassword = (java: string, libDir: string, homeDir: string, password: string) => {
  const { home, conf } = instancePaths(homeDir);
  return runAdmin(java, libDir, home, conf, ['dbms', 'set-initial-password', password]);
};

/**
 * Dumps the `neo4j` database of a stopped instance into `toDir` (as neo4j.dump). Neo4j Community
 * dumps offline only, so a running instance is refused rather than stopped behind your back.
 */
export async function dumpLocalNeo4j(homeDir: string, toDir: string, opts: AdminOptions = {}): Promise<string> {
  const { home, conf } = instancePaths(homeDir);
  if ((await localNeo4jStatus(home)).running) throw new Error('Neo4j is running: stop it first (npm run db:stop); Community dumps offline.');
  if (!existsSync(join(home, 'data', 'databases', 'neo4j'))) throw new Error(`No database to dump in ${home}`);
  const lib = await ensureNeo4jJars({ libDir: opts.libDir });
  await mkdir(toDir, { recursive: true });
  await mkdir(conf, { recursive: true });
  await runAdmin(findJava(opts.java).java, lib, home, conf, [
    'database', 'dump', 'neo4j', `--to-path=${resolve(toDir)}`, '--overwrite-destination=true',
  ]);
  return join(resolve(toDir), 'neo4j.dump');
}

/** Replaces the `neo4j` database of a stopped (or not yet created) instance with `fromDir`/neo4j.dump. */
export async function loadLocalNeo4j(homeDir: string, fromDir: string, opts: AdminOptions = {}): Promise<void> {
  const { home, conf } = instancePaths(homeDir);
  if ((await localNeo4jStatus(home)).running) throw new Error('Neo4j is running: stop it first (npm run db:stop).');
  if (!existsSync(join(fromDir, 'neo4j.dump'))) throw new Error(`No neo4j.dump in ${resolve(fromDir)}`);
  const lib = await ensureNeo4jJars({ libDir: opts.libDir });
  for (const dir of ['conf', 'data', 'logs']) await mkdir(join(home, dir), { recursive: true });
  await runAdmin(findJava(opts.java).java, lib, home, conf, [
    'database', 'load', 'neo4j', `--from-path=${resolve(fromDir)}`, '--overwrite-destination=true',
  ]);
}
