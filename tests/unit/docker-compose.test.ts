import { readFileSync } from 'node:fs';
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
