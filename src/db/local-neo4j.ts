/**
 * A real Neo4j Community server for development and tests, with no Docker and no tarball:
 * the jars come from Maven Central (neo4j/pom.xml, copied into one folder by `mvn`), and the
 * server is started with `java` the way the distribution's own launcher would start it.
 *
 * What this mirrors, read from the 2026.08.1 jars and the neo4j repository:
 * - Entry point: org.neo4j.server.Neo4jCommunity (the 2026.x name of CommunityEntryPoint) with
 *   --home-dir, --config-dir and --console-mode (org.neo4j.server.CommandLineArgs).
 * - Command line: org.neo4j.server.startup.BootloaderOsAbstraction builds
 *   `java -cp <lib>/* <server.jvm.additional…> -Dfile.encoding=UTF-8 -Xms -Xmx <entry point>
 *   --home-dir=… --config-dir=…`, adding --sun-misc-unsafe-memory-access=allow on Java 25+.
 * - Initial password: `neo4j-admin dbms set-initial-password`, i.e. org.neo4j.cli.AdminTool with
 *   NEO4J_HOME/NEO4J_CONF set; it writes data/dbms/auth.ini, read when the system database is
 *   first created.
 * - Stop: SIGTERM (the launcher's ProcessHandle.destroy()), waiting NEO4J_SHUTDOWN_TIMEOUT's
 *   default of 120 s.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, readdirSync } from 'node:fs';
import { appendFile, mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { auth, driver as neo4jDriver, type Driver } from 'neo4j-driver';
import { REPO_ROOT } from '../paths.js';

const POM = join(REPO_ROOT, 'neo4j', 'pom.xml');

/** <repo>/.neo4j: the shared jar cache (lib/) and the developer's instance (instance/). Git-ignored. */
export const LOCAL_NEO4J_DIR = join(dirname(dirname(POM)), '.neo4j');
/** The instance that `npm start` and `npm run db:start` use (tests use their own). */
export const LOCAL_NEO4J_HOME = join(LOCAL_NEO4J_DIR, 'instance');

/** The Neo4j version, kept in one place: the neo4j.version property of neo4j/pom.xml. */
export const NEO4J_VERSION: string = (() => {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(POM, 'utf8'));
  if (!match?.[1]) throw new Error(`${POM} has no <neo4j.version> property`);
  return match[1].trim();
})();

/** Neo4j 2025.x+ is built for Java 21 (org.neo4j:parent vm.target.version); its launcher accepts 21 and 25. */
const MIN_JAVA = 21;
const DEFAULT_LIB_DIR = join(LOCAL_NEO4J_DIR, 'lib');
const LIB_MARKER = '.resolved-from-pom';
const START_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 120_000;
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
  onProgress?: (line: string) => void;
}

export interface LocalNeo4jHandle {
  boltUri: string;
  httpUrl: string;
  pid: number;
  logFile: string;
  stop(): Promise<void>;
}

const paths = (homeDir: string) => {
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
};

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Copies the jars listed in neo4j/pom.xml into libDir with Maven, unless they are already there. */
export async function ensureNeo4jJars(opts: Pick<LocalNeo4jOptions, 'libDir' | 'onProgress'> = {}): Promise<string> {
  const libDir = resolve(opts.libDir ?? DEFAULT_LIB_DIR);
  const progress = opts.onProgress ?? (() => {});
  // The marker holds a hash of the pom, so a version bump or an added artifact resolves again.
  const stamp = `${NEO4J_VERSION} ${createHash('sha256').update(await readFile(POM)).digest('hex')}\n`;
  const isCurrent = async () => (await readFile(join(libDir, LIB_MARKER), 'utf8').catch(() => '')) === stamp;
  if (await isCurrent()) return libDir;

  progress(`Resolving Neo4j ${NEO4J_VERSION} jars with Maven into ${libDir} (first run only, may take minutes)…`);
  const started = Date.now();
  // Fill a fresh sibling folder and swap it in: jars of an older version never mix into the
  // classpath, and a concurrent start never sees a half-filled folder.
  await mkdir(dirname(libDir), { recursive: true });
  const partial = await mkdtemp(`${libDir}.partial-`);
  try {
    await runMaven(
      ['-B', '-f', POM, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${partial}`],
      progress,
    );
    await writeFile(join(partial, LIB_MARKER), stamp);
    await rm(libDir, { recursive: true, force: true });
    await rename(partial, libDir);
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    if (await isCurrent()) return libDir; // another process finished the same resolution first
    throw error;
  }
  const jars = (await readdir(libDir)).filter((name) => name.endsWith('.jar')).length;
  progress(`Neo4j ${NEO4J_VERSION}: ${jars} jars ready in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  return libDir;
}

/** Runs mvn, reporting download counts as progress; fails with Maven's output. */
function runMaven(args: string[], progress: (line: string) => void): Promise<void> {
  return new Promise((done, fail) => {
    const mvn = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    let downloads = 0;
    const collect = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        output.push(line);
        if (line.includes('Downloaded from ') && ++downloads % 50 === 0) progress(`… ${downloads} files downloaded`);
      }
    };
    mvn.stdout.on('data', collect);
    mvn.stderr.on('data', collect);
    mvn.on('error', (error: NodeJS.ErrnoException) =>
      fail(error.code === 'ENOENT' ? new Error('mvn is not on PATH: install Apache Maven (apt-get install maven)') : error),
    );
    mvn.on('close', (code) => {
      if (code === 0) done();
      else fail(new Error(`mvn ${args.join(' ')} failed (exit ${code}):\n${output.slice(-80).join('\n')}`));
    });
  });
}

/** The Java feature version of a JDK/JRE folder, from the `release` file every build carries. */
function javaVersion(javaHome: string): number | undefined {
  try {
    const match = /^JAVA_VERSION="(\d+)(?:\.(\d+))?/m.exec(readFileSync(join(javaHome, 'release'), 'utf8'));
    if (!match || !existsSync(join(javaHome, 'bin', 'java'))) return undefined;
    return Number(match[1] === '1' ? match[2] : match[1]); // "1.8.0_x" is Java 8
  } catch {
    return undefined;
  }
}

/** NEO4J_JAVA_HOME if set, else JAVA_HOME if new enough, else the newest suitable JDK in /usr/lib/jvm. */
function findJava(): { java: string; version: number } {
  const pick = (home: string, version: number) => ({ java: join(home, 'bin', 'java'), version });
  const explicit = process.env.NEO4J_JAVA_HOME;
  if (explicit) {
    const version = javaVersion(explicit);
    if (version === undefined || version < MIN_JAVA) {
      throw new Error(`NEO4J_JAVA_HOME=${explicit} is not a Java ${MIN_JAVA}+ installation (found: ${version ?? 'none'})`);
    }
    return pick(explicit, version);
  }
  const javaHome = process.env.JAVA_HOME;
  const javaHomeVersion = javaHome ? javaVersion(javaHome) : undefined;
  if (javaHome && javaHomeVersion !== undefined && javaHomeVersion >= MIN_JAVA) return pick(javaHome, javaHomeVersion);

  const jvmDir = '/usr/lib/jvm';
  const found = (existsSync(jvmDir) ? readdirSync(jvmDir) : [])
    .map((name) => ({ home: join(jvmDir, name), version: javaVersion(join(jvmDir, name)) ?? 0 }))
    .filter((jdk) => jdk.version >= MIN_JAVA)
    .sort((a, b) => b.version - a.version)[0];
  if (found) return pick(found.home, found.version);
  throw new Error(
    `Neo4j ${NEO4J_VERSION} needs Java ${MIN_JAVA}+ and none was found (NEO4J_JAVA_HOME unset, ` +
      `JAVA_HOME=${javaHome ?? 'unset'}${javaHomeVersion ? ` is Java ${javaHomeVersion}` : ''}, ` +
      `no Java ${MIN_JAVA}+ in ${jvmDir}). ` +
      `Install a JDK 21 or 25 (Debian 12 only packages openjdk-17; Eclipse Temurin 21/25 or Debian 13's ` +
      `openjdk-21-jdk-headless will do) or set NEO4J_JAVA_HOME to one.`,
  );
}

function neo4jConf(opts: { boltPort: number; httpPort: number; pageCache: string }): string {
  return [
    '# Written by src/db/local-neo4j.ts at every start: edit that file, not this one.',
    // Loopback only, and advertised as such: the Browser connects to the advertised Bolt address.
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    'server.bolt.enabled=true',
    `server.bolt.listen_address=127.0.0.1:${opts.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${opts.boltPort}`,
    'server.http.enabled=true',
    `server.http.listen_address=127.0.0.1:${opts.httpPort}`,
    `server.http.advertised_address=127.0.0.1:${opts.httpPort}`,
    'server.https.enabled=false',
    // No proxy in front of a loopback server: don't trust X-Forwarded-* headers.
    'server.http.x_forward.enabled=false',
    `server.memory.pagecache.size=${opts.pageCache}`,
    // As the shipped neo4j.conf: LOAD CSV reads file:/// URLs from <home>/import only.
    'server.directories.import=import',
    // Nothing phones home or broadcasts: usage reports to Neo4j, the UDP fleet-discovery beacon
    // on the LAN (it also binds a port, which would clash with a second instance), Fleet Manager,
    // driver telemetry, and the Browser's own telemetry.
    'dbms.usage_report.enabled=false',
    'server.fleet_discovery.enabled=false',
    'dbms.fleet_manager.enabled=false',
    'server.bolt.telemetry.enabled=false',
    'client.allow_telemetry=false',
  ].join('\n') + '\n';
}

async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((done, fail) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) =>
      fail(new Error(`127.0.0.1:${port} is not free (${error.code}); pick another port or stop what uses it`)),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => done()));
  });
}

function tcpAnswers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.setTimeout(1000);
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
    socket.once('timeout', () => (socket.destroy(), done(false)));
  });
}

async function withDriver<T>(uri: string, user: string, password: string, use: (driver: Driver) => Promise<T>): Promise<T> {
  const driver = neo4jDriver(uri, auth.basic(user, password), { connectionTimeout: 2000, maxTransactionRetryTime: 0 });
  try {
    return await use(driver);
  } finally {
    await driver.close();
  }
}

const isAuthFailure = (error: unknown) =>
  (error as { code?: string }).code === 'Neo.ClientError.Security.Unauthorized';

/** Polls until Bolt accepts a TCP connection and an authenticated `RETURN 1` succeeds. */
async function waitForBolt(child: ChildProcess, uri: string, port: number, user: string, password: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let last = 'Bolt port not open yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`java exited (${child.exitCode ?? child.signalCode}) before Bolt answered`);
    }
    if (await tcpAnswers(port)) {
      try {
        await withDriver(uri, user, password, (driver) => driver.executeQuery('RETURN 1'));
        return;
      } catch (error) {
        if (isAuthFailure(error)) {
          throw new Error(
            `Bolt rejected ${user}'s password. The password is only set on the first start of a fresh ` +
              `homeDir: use the original one, or delete the homeDir to start over`,
          );
        }
        last = (error as Error).message; // e.g. the system database is still starting
      }
    }
    await sleep(500);
  }
  throw new Error(`Bolt did not answer within ${START_TIMEOUT_MS / 1000} s (last: ${last})`);
}

/** Runs `neo4j-admin dbms set-initial-password` with the server's classpath. */
/** Runs neo4j-admin (org.neo4j.cli.AdminTool) against an instance folder. */
function runAdmin(java: string, libDir: string, home: string, conf: string, args: string[]): Promise<string> {
  return new Promise((done, fail) => {
    const admin = spawn(java, ['-cp', join(libDir, '*'), 'org.neo4j.cli.AdminTool', ...args], {
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

const setInitialPassword = (java: string, libDir: string, home: string, conf: string, password: string) =>
  runAdmin(java, libDir, home, conf, ['dbms', 'set-initial-password', password]);

function lastLines(file: string, count: number): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n') || '(empty)';
  } catch {
    return '(no log file)';
  }
}

/** Starts Neo4j for homeDir and resolves once Bolt answers an authenticated query. */
export async function startLocalNeo4j(opts: LocalNeo4jOptions & { detached?: boolean }): Promise<LocalNeo4jHandle> {
  const { home, conf, confFile, pidFile, logFile } = paths(opts.homeDir);
  const username = opts.username ?? 'neo4j';
  const heap = opts.heap ?? '512m';
  const progress = opts.onProgress ?? (() => {});
  const running = await localNeo4jStatus(home);
  if (running.running) throw new Error(`Neo4j is already running for ${home} (pid ${running.pid})`);
  await assertPortFree(opts.boltPort);
  await assertPortFree(opts.httpPort);

  const libDir = await ensureNeo4jJars(opts);
  const { java, version } = findJava();
  for (const dir of ['conf', 'data', 'logs', 'run']) await mkdir(join(home, dir), { recursive: true });
  await writeFile(confFile, neo4jConf({ ...opts, pageCache: opts.pageCache ?? '256m' }));
  const fresh = !existsSync(join(home, 'data', 'databases', 'system'));
  if (fresh) await setInitialPassword(java, libDir, home, conf, opts.password);

  progress(`Starting Neo4j ${NEO4J_VERSION} with Java ${version} (${java}); log: ${logFile}`);
  const args = [
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
  // A header per start keeps the log readable across restarts and records the exact command.
  await appendFile(logFile, `\n=== ${new Date().toISOString()} local-neo4j.ts: ${java} ${args.join(' ')}\n`);
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
    if (fresh && username !== 'neo4j') {
      await withDriver(boltUri, 'neo4j', opts.password, (driver) =>
        driver.executeQuery(
          'CREATE USER $username IF NOT EXISTS SET PASSWORD $password CHANGE NOT REQUIRED',
          { username, password: opts.password },
          { database: 'system' },
        ),
      );
    }
  } catch (error) {
    await stopLocalNeo4j(home);
    throw new Error(
      `Neo4j ${NEO4J_VERSION} did not start: ${(error as Error).message}\n` +
        `Log: ${logFile}\n--- last 30 lines ---\n${lastLines(logFile, 30)}`,
    );
  }
  progress(`Neo4j ${NEO4J_VERSION} is up (pid ${pid}).`);
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

/** The pid in homeDir's pid file, if that process is alive and is the Neo4j of this homeDir. */
async function runningPid(homeDir: string): Promise<number | undefined> {
  const { home, pidFile } = paths(homeDir);
  const pid = Number.parseInt(await readFile(pidFile, 'utf8').catch(() => ''), 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
  // Pids get reused: on Linux, make sure it is our java before anyone signals it.
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => undefined);
  if (cmdline !== undefined && !cmdline.split('\0').includes(`--home-dir=${home}`)) return undefined;
  return pid;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(200);
  }
  return true;
}

/** Stops the Neo4j of homeDir: SIGTERM, then SIGKILL after 120 s. False if it was not running. */
export async function stopLocalNeo4j(homeDir: string): Promise<boolean> {
  const { pidFile } = paths(homeDir);
  const pid = await runningPid(homeDir);
  if (pid !== undefined) {
    process.kill(pid, 'SIGTERM'); // a clean shutdown checkpoints the stores (~10 s, most of it Bolt's)
    if (!(await waitForExit(pid, STOP_GRACE_MS))) {
      process.kill(pid, 'SIGKILL');
      await waitForExit(pid, 10_000);
    }
  }
  await rm(pidFile, { force: true });
  return pid !== undefined;
}

/**
 * Dumps the `neo4j` database of a stopped instance into `toDir` (as neo4j.dump). Neo4j Community
 * dumps offline only, so a running instance is refused rather than stopped behind your back.
 */
export async function dumpLocalNeo4j(homeDir: string, toDir: string, libDir?: string): Promise<string> {
  const { home, conf } = paths(homeDir);
  if ((await localNeo4jStatus(home)).running) throw new Error('Neo4j is running: stop it first (npm run db:stop); Community dumps offline.');
  if (!existsSync(join(home, 'data', 'databases', 'neo4j'))) throw new Error(`No database to dump in ${home}`);
  const lib = await ensureNeo4jJars({ libDir });
  await mkdir(toDir, { recursive: true });
  await mkdir(conf, { recursive: true });
  await runAdmin(findJava().java, lib, home, conf, ['database', 'dump', 'neo4j', `--to-path=${resolve(toDir)}`, '--overwrite-destination=true']);
  return join(resolve(toDir), 'neo4j.dump');
}

/** Replaces the `neo4j` database of a stopped (or not yet created) instance with `fromDir`/neo4j.dump. */
export async function loadLocalNeo4j(homeDir: string, fromDir: string, libDir?: string): Promise<void> {
  const { home, conf } = paths(homeDir);
  if ((await localNeo4jStatus(home)).running) throw new Error('Neo4j is running: stop it first (npm run db:stop).');
  if (!existsSync(join(fromDir, 'neo4j.dump'))) throw new Error(`No neo4j.dump in ${resolve(fromDir)}`);
  const lib = await ensureNeo4jJars({ libDir });
  for (const dir of ['conf', 'data', 'logs']) await mkdir(join(home, dir), { recursive: true });
  await runAdmin(findJava().java, lib, home, conf, ['database', 'load', 'neo4j', `--from-path=${resolve(fromDir)}`, '--overwrite-destination=true']);
}

export async function localNeo4jStatus(
  homeDir: string,
): Promise<{ running: boolean; pid?: number; boltPort?: number; httpPort?: number }> {
  const pid = await runningPid(homeDir);
  if (pid === undefined) return { running: false };
  const conf = await readFile(paths(homeDir).confFile, 'utf8').catch(() => '');
  const port = (connector: string) => {
    const match = new RegExp(`^server\\.${connector}\\.listen_address=.*:(\\d+)$`, 'm').exec(conf);
    return match ? Number(match[1]) : undefined;
  };
  return { running: true, pid, boltPort: port('bolt'), httpPort: port('http') };
}
