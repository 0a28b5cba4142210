/**
 * Starting the server with `java`, the way the distribution's own launcher would start it.
 *
 * What this mirrors, read from the 2026.08.1 jars and the neo4j repository:
 * - Entry point: org.neo4j.server.Neo4jCommunity (the 2026.x name of CommunityEntryPoint) with
 *   --home-dir, --config-dir and --console-mode (org.neo4j.server.CommandLineArgs).
 * - Command line: org.neo4j.server.startup.BootloaderOsAbstraction builds
 *   `java -cp <lib>/* <server.jvm.additional…> -Dfile.encoding=UTF-8 -Xms -Xmx <entry point>
 *   --home-dir=… --config-dir=…`, adding --sun-misc-unsafe-memory-access=allow on Java 25+.
 * - Initial password: `neo4j-admin dbms set-initial-password` (admin.ts) before the first start.
 * - Stop: SIGTERM (the launcher's ProcessHandle.destroy()), see process.ts.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setInitialPassword } from './admin.js';
import { createUser, waitForBolt } from './bolt.js';
import { neo4jConf } from './conf.js';
import { ensureNeo4jJars, neo4jVersion } from './jars.js';
import { findJava, type JavaCandidates } from './java.js';
import { instancePaths } from './layout.js';
import { assertPortFree } from './ports.js';
import { localNeo4jStatus, stopLocalNeo4j } from './process.js';

const ENTRY_POINT = 'org.neo4j.server.Neo4jCommunity';

/**
 * JVM flags: the server.jvm.additional lines that Neo4j's neo4j.conf ships (2025.x/2026.x) and the
 * --add-opens set of org.neo4j:parent's jdk.custom.options. Left out on purpose: -XX:+AlwaysPreTouch
 * (commits the whole heap at start; this server shares a small machine with Node and tests), the
 * profiling flags (-XX:+DebugNonSafepoints, FlightRecorderOptions) and the TLS ones (TLS is off).
 */
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dorg.neo4j.shaded.lucene9.vectorization.upperJavaFeatureVersion=25',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

export interface LocalNeo4jOptions {
  /** Instance folder: conf/, data/, logs/ and run/ (pid file) live here. */
  homeDir: string;
  /** Shared jar folder; default <repo>/.neo4j/lib, so tests and the developer share one download. */
  libDir?: string;
  /** Where to look for Java 21+ (from src/config.ts); default: /usr/lib/jvm only. */
  java?: JavaCandidates;
  boltPort: number;
  httpPort: number;
  /** Default 'neo4j'. Another name is created as a user on the first start of a fresh homeDir. */
  username?: string;
  /** Set as the initial password on the first start of a fresh homeDir only. */
  password: string;
  /** JVM heap (-Xms and -Xmx), default '512m'. */
  heap?: string;
  /** server.memory.pagecache.size, default '256m'. */
  pageCache?: string;
  /** Let the server outlive this Node process (npm start, db:start); tests leave it false. */
  detached?: boolean;
  onProgress?: (line: string) => void;
}

export interface LocalNeo4jHandle {
  boltUri: string;
  httpUrl: string;
  pid: number;
  logFile: string;
  stop(): Promise<void>;
}

function serverArgs(version: number, heap: string, libDir: string, home: string, conf: string): string[] {
  return [
    ...JVM_FLAGS,
    ...(version >= 25 ? ['--sun-misc-unsafe-memory-access=allow'] : []),
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-cp',
    join(libDir, '*'),
    ENTRY_POINT,
    `--home-dir=${home}`,
    `--config-dir=${conf}`,
    '--console-mode', // user log to stdout (our log file), as `neo4j console`
  ];
}

function lastLines(file: string, count: number): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n') || '(empty)';
  } catch {
    return '(no log file)';
  }
}

/** Starts Neo4j for homeDir and resolves once Bolt answers an authenticated query. */
export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4jHandle> {
  const { home, conf, confFile, pidFile, logFile } = instancePaths(opts.homeDir);
  const username = opts.username ?? 'neo4j';
  const progress = opts.onProgress ?? (() => {});
  const running = await localNeo4jStatus(home);
  if (running.running) throw new Error(`Neo4j is already running for ${home} (pid ${running.pid})`);
  await assertPortFree(opts.boltPort);
  await assertPortFree(opts.httpPort);

  const libDir = await ensureNeo4jJars(opts);
  const { java, version } = findJava(opts.java);
  for (const dir of ['conf', 'data', 'logs', 'run']) await mkdir(join(home, dir), { recursive: true });
  await writeFile(confFile, neo4jConf({ boltPort: opts.boltPort, httpPort: opts.httpPort, pageCache: opts.pageCache ?? '256m' }));
  const fresh = !existsSync(join(home, 'data', 'databases', 'system'));
  if (fresh) await setInitialPassword(java, libDir, home, opts.password);

  progress(`Starting Neo4j ${neo4jVersion()} with Java ${version} (${java}); log: ${logFile}`);
  const args = serverArgs(version, opts.heap ?? '512m', libDir, home, conf);
  // A header per start keeps the log readable across restarts and records the exact command.
  await appendFile(logFile, `\n=== ${new Date().toISOString()} local-neo4j: ${java} ${args.join(' ')}\n`);
  const log = openSync(logFile, 'a');
  const child = spawn(java, args, { cwd: home, detached: opts.detached ?? false, stdio: ['ignore', log, log] });
  closeSync(log);
  child.on('error', () => {}); // a failed spawn shows as a missing pid (below) or an early exit
  const pid = child.pid;
  if (pid === undefined) throw new Error(`Could not start ${java}; see ${logFile}`);
  await writeFile(pidFile, `${pid}\n`);
  if (opts.detached) {
    child.unref(); // the server outlives this Node process
  } else {
    // Tests: don't leave a JVM behind when Node exits without calling stop().
    const killChild = () => child.kill('SIGTERM');
    process.on('exit', killChild);
    child.once('exit', () => process.off('exit', killChild));
  }

  const boltUri = `bolt://127.0.0.1:${opts.boltPort}`;
  try {
    // A fresh instance only has the built-in admin user 'neo4j'.
    await waitForBolt(child, boltUri, opts.boltPort, fresh ? 'neo4j' : username, opts.password);
    if (fresh && username !== 'neo4j') await createUser(boltUri, username, opts.password);
  } catch (error) {
    await stopLocalNeo4j(home);
    throw new Error(
      `Neo4j ${neo4jVersion()} did not start: ${(error as Error).message}\n` +
        `Log: ${logFile}\n--- last 30 lines ---\n${lastLines(logFile, 30)}`,
    );
  }
  progress(`Neo4j ${neo4jVersion()} is up (pid ${pid}).`);
  return {
    boltUri,
    httpUrl: `http://127.0.0.1:${opts.httpPort}`,
    pid,
    logFile,
    async stop() {
      await stopLocalNeo4j(home);
    },
  };
}
