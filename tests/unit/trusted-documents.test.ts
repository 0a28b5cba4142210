// trusted-documents.json is current (like schema.graphql), and manifests are read in both formats.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/paths.js';
import { shippedDocuments } from '../../src/server/shipped-documents.js';
import { documentHash, manifestOf, TrustedDocuments } from '../../src/server/trusted-documents.js';

const dir = mkdtempSync(join(tmpdir(), 'trusted-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('trusted-documents.json', () => {
  it('lists exactly the explorer\'s operations and the GraphiQL examples', () => {
    const committed = readFileSync(join(REPO_ROOT, 'trusted-documents.json'), 'utf8');
    const current = `${JSON.stringify(manifestOf(shippedDocuments()), null, 2)}\n`;
    expect(committed === current, 'trusted-documents.json is stale: run `npm run trusted-documents` and commit it').toBe(true);
  });
});

describe('TrustedDocuments', () => {
  const query = '{ __typename }';
  const id = documentHash(query);

  it.each([
    ['an Apollo manifest', JSON.stringify(manifestOf([{ name: 'T', body: query }]))],
    ['a codegen { hash: document } map', JSON.stringify({ [id]: query })],
  ])('reads %s: the text, its hash and its documentId name it; nothing else does', (_name, content) => {
    const trusted = TrustedDocuments.load(file('m.json', content));
    expect(trusted.size).toBe(1);
    expect(trusted.resolve(query, undefined)).toBe(query);
    expect(trusted.resolve(undefined, id)).toBe(query);
    expect(trusted.resolve(undefined, `sha256:${id}`)).toBe(query);
    expect(trusted.resolve('{ __typename }\n', undefined)).toBeNull();
    expect(trusted.resolve('{ actors { totalCount } }', id)).toBeNull();
    expect(trusted.resolve(undefined, documentHash('{ x }'))).toBeNull();
    expect(trusted.resolve(undefined, undefined)).toBeNull();
  });

  it('says what is wrong with a file it cannot use', () => {
    expect(() => TrustedDocuments.load(join(dir, 'missing.json'))).toThrow(/TRUSTED_DOCUMENTS: cannot read .*missing\.json/);
    expect(() => TrustedDocuments.load(file('bad.json', '{"format": "other", "operations": 3}'))).toThrow(/neither an Apollo persisted-query manifest/);
  });
});
