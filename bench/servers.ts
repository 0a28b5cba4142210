// The contenders run as child processes (never inside the benchmark's own process), so each has
// its own event loop and its memory can be read from /proc/<pid>/status: VmRSS now, VmHWM its peak.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Memory {
  /** Resident set size now, in MB. */
  rssMb: number;
  /** Peak resident set size since the process started (VmHWM), in MB. */
  hwmMb: number;
}

export function readMemory(pid: number): Memory | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
  } catch {
    return null; // not Linux, or the process is gone
  }
}

/**
 * CPU time (user + system) a process has used so far, in milliseconds, from /proc/<pid>/stat
 * (clock ticks of 10 ms): per request, the one cost that a busy machine does not inflate.
 */
export function readCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime, stime (fields 14 and 15)
  } catch {
    return null;
  }
}

export interface ServerProcess {
  name: string;
  pid: number;
  url: string;
  memory(): Memory | null;
  /** Samples VmRSS every 100 ms until the returned function is called, which gives the highest. */
  sampleRss(): () => number | null;
  stop(): Promise<void>;
}

export interface ServerSpec {
  name: string;
  /** The compiled script to run with this Node. */
  script: string;
  env: Record<string, string>;
  port: number;
  /** Path that answers 200 once the server can serve. */
  readyPath: string;
}

const READY_TIMEOUT_MS = 120_000;

export async function startServer(spec: ServerSpec): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, [spec.script], {
    env: { ...process.env, ...spec.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 50) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${spec.script}`);
  const url = `http://127.0.0.1:${spec.port}`;

  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${spec.name} exited (${child.exitCode}) before it was ready:\n${output.join('')}`);
    const ok = await fetch(`${url}${spec.readyPath}`).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${spec.name} was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${output.join('')}`);
    }
    await new Promise((done) => setTimeout(done, 250));
  }

  return {
    name: spec.name,
    pid,
    url,
    memory: () => readMemory(pid),
    sampleRss() {
      let highest: number | null = null;
      const sample = () => {
        const m = readMemory(pid);
        if (m && (highest === null || m.rssMb > highest)) highest = m.rssMb;
      };
      sample();
      const timer = setInterval(sample, 100);
      return () => {
        clearInterval(timer);
        sample();
        return highest;
      };
    },
    async stop() {
      process.off('exit', killOnExit);
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
