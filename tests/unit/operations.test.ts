// The operations this repository ships (the explorer's, GraphiQL's examples) are valid against
// schema.graphql and select no deprecated field: they are what frontend developers copy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, NoDeprecatedCustomRule, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/paths.js';
import { EXAMPLES } from '../../src/server/examples.js';
import { OPERATIONS } from '../../web/explorer/api.js';

const schema = buildSchema(readFileSync(join(REPO_ROOT, 'schema.graphql'), 'utf8'));

const operations: [string, string][] = [
  ...Object.entries(OPERATIONS).map(([name, text]) => [`explorer ${name}`, text] as [string, string]),
  ...EXAMPLES.map((e) => [`example ${e.title}`, e.query] as [string, string]),
];

describe('shipped operations', () => {
  it.each(operations)('%s is valid and uses no deprecated field', (_name, text) => {
    const errors = validate(schema, parse(text), [...specifiedRules, NoDeprecatedCustomRule]);
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
