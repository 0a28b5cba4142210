// What the numbers were measured on: the machine, and the versions of everything in the path.
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { neo4jVersion } from '../src/db/local-neo4j/index.js';
import { REPO_ROOT } from '../src/paths.js';

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  os: string;
  /** 1, 5 and 15 minute load averages when the run started: above ~0.5 per core, other work was running. */
  loadAverageAtStart: number[];
}

export interface Versions {
  node: string;
  neo4j: string;
  java: string | null;
  packages: Record<string, string>;
}

const PACKAGES = [
  'graphql',
  '@apollo/server',
  'type-graphql',
  'express',
  'neo4j-driver',
  'dataloader',
  '@escape.tech/graphql-armor',
  '@neo4j/graphql',
  'autocannon',
  'typescript',
];

export function describeMachine(): Machine {
  const list = cpus();
  return {
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${type()} ${release()}`,
    loadAverageAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

function packageVersion(name: string): string {
  try {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'not installed';
  }
}

export function describeVersions(java: string | null): Versions {
  return {
    node: process.version,
    neo4j: neo4jVersion(),
    java,
    packages: Object.fromEntries(PACKAGES.map((name) => [name, packageVersion(name)])),
  };
}
