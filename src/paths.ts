// Where the project's own files are, whether running compiled (dist/src/...) or from source
// under vitest (src/...): the repository root is the nearest folder above with a package.json.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const REPO_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
export const CYPHER_DIR = join(REPO_ROOT, 'cypher');
export const SEEDS_DIR = join(REPO_ROOT, 'seeds');
