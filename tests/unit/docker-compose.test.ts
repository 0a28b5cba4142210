import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/paths.js';

describe('docker-compose.yml', () => {
  it('runs the Neo4j version that neo4j/pom.xml pins, community edition', () => {
    const pom = readFileSync(join(REPO_ROOT, 'neo4j', 'pom.xml'), 'utf8');
    const version = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom)?.[1];
    expect(version).toMatch(/^\d{4}\.\d{2}\.\d+$|^5\.\d+\.\d+$/);
    const compose = readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8');
    const images = [...compose.matchAll(/image:\s*neo4j:(\S+)/g)].map((m) => m[1]);
    expect(images).toEqual([`${version}-community`]);
  });

  it('starts the app only once Neo4j is healthy', () => {
    const compose = readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8');
    expect(compose).toMatch(/healthcheck:/);
    expect(compose).toMatch(/depends_on:\s*\n\s*neo4j:\s*\n\s*condition: service_healthy/);
  });
});

// `docker compose config` (or the standalone docker-compose) validates and resolves the file
// without a Docker engine. Skipped only where neither client is installed.
const composeClient = [['docker', 'compose'], ['docker-compose']].find(
  ([command, ...args]) => spawnSync(command!, [...args, 'version'], { stdio: 'ignore' }).status === 0,
);
const compose = (file: string, ...args: string[]) => {
  const [command, ...prefix] = composeClient!;
  return spawnSync(command!, [...prefix, '-f', file, 'config', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
};

describe.skipIf(!composeClient)(`docker-compose.yml, checked by ${composeClient?.join(' ') ?? 'a Compose client (none here)'}`, () => {
  it('is valid, and builds the app from this folder', { timeout: 60_000 }, () => {
    const result = compose(join(REPO_ROOT, 'docker-compose.yml'));
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`context: ${REPO_ROOT}\n`);
    expect(result.stdout).toContain('NEO4J_URI: bolt://neo4j:7687');
  });

  it('refuses a broken file (the check can fail)', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'sahel-graph-compose-'));
    try {
      const broken = readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8').replace('condition: service_healthy', 'condition: service_sleepy');
      writeFileSync(join(dir, 'docker-compose.yml'), broken);
      const result = compose(join(dir, 'docker-compose.yml'), '--quiet');
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain('service_sleepy');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
