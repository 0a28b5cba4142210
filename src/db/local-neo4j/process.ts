// The running server of an instance folder: found by its pid file (checked against the process's
// command line, since pids get reused), stopped with SIGTERM, reported by `status`.
import { readFile, rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { confPorts } from './conf.js';
import { instancePaths } from './layout.js';

/** The launcher waits NEO4J_SHUTDOWN_TIMEOUT, 120 s by default, before it kills. */
const STOP_GRACE_MS = 120_000;

export interface LocalNeo4jStatus {
  running: boolean;
  pid?: number;
  boltPort?: number;
  httpPort?: number;
}

/** The pid in homeDir's pid file, if that process is alive and is the Neo4j of this homeDir. */
async function runningPid(homeDir: string): Promise<number | undefined> {
  const { home, pidFile } = instancePaths(homeDir);
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
  const { pidFile } = instancePaths(homeDir);
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

export async function localNeo4jStatus(homeDir: string): Promise<LocalNeo4jStatus> {
  const pid = await runningPid(homeDir);
  if (pid === undefined) return { running: false };
  const conf = await readFile(instancePaths(homeDir).confFile, 'utf8').catch(() => '');
  return { running: true, pid, ...confPorts(conf) };
}
