// The layers import downwards only (HTTP → schema → graph → db): src/db is the bottom one and
// imports none of the layers above it, so that no cycle runs through it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/paths.js';

const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/g)].map((m) => m[1] ?? m[2]);

describe('src/db', () => {
  it('imports nothing from src/graph, src/schema or src/server', () => {
    const dir = join(REPO_ROOT, 'src', 'db');
    const upward = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => importsOf(join(dir, f)).filter((spec) => /^\.\.\/(graph|schema|server)\//.test(spec ?? '')).map((spec) => `${f} → ${spec}`));
    expect(upward).toEqual([]);
  });
});
