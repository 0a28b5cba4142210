// `npm start` as a user meets it: the built server, started as a process.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/paths.js';

function run(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'dist', 'src', 'index.js')], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      cwd: REPO_ROOT,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('start-up with a misconfigured variable', () => {
  it.each<[Record<string, string>, string]>([
    [{ PORT: 'abc' }, 'Invalid configuration: PORT must be a number (got "abc")'],
    [{ NEO4J_URI: 'localhost:7687' }, 'Invalid configuration: NEO4J_URI must be a bolt://, neo4j://, bolt+s:// or neo4j+s:// URI (got "localhost:7687")'],
  ])('%j stops with one clear line and exit code 1', async (env, message) => {
    const result = await run(env);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(message);
    expect(result.stdout).toBe('');
  });
});
