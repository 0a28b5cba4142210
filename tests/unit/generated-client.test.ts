// The explorer's generated operations and types (web/explorer/gql/) match schema.graphql and the
// operations in web/explorer/api.ts, as tests/unit/schema-file.test.ts does for the schema.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/paths.js';
import config from '../../web/codegen.js';

describe('web/explorer/gql', () => {
  it('is what `npm run codegen` generates now', { timeout: 60_000 }, async () => {
    const files = (await generate({ ...config, cwd: REPO_ROOT, silent: true }, false)) as { filename: string; content: string }[];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const committed = readFileSync(join(REPO_ROOT, file.filename), 'utf8');
      expect(committed === file.content, `${file.filename} is stale: run \`npm run codegen\` and commit it`).toBe(true);
    }
  });
});
