// TRUSTED_DOCUMENTS=trusted-documents.json: the explorer's operations and GraphiQL's examples run,
// by their text or by their hash (APQ's, over GET too, or documentId); nothing else does.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { REPO_ROOT } from '../../src/paths.js';
import { EXAMPLES } from '../../src/server/examples.js';
import { documentHash } from '../../src/server/trusted-documents.js';
import { OPERATIONS } from '../../web/explorer/api.js';
import { auth, gql, startTestApp } from '../helpers/app.js';

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp({ TRUSTED_DOCUMENTS: join(REPO_ROOT, 'trusted-documents.json') });
});
afterAll(() => app?.stop());

const post = async (body: unknown) => {
  const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as any };
};

describe('trusted documents', () => {
  it('runs the explorer\'s operations, sent as the explorer sends them', async () => {
    const res = await gql(app, OPERATIONS.ExplorerGraph, { actorId: 'niger', depth: 1, types: null, asOf: '2024-05' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.relationshipGraph.rootId).toBe('niger');
    const search = await gql(app, OPERATIONS.ExplorerSearch, { text: 'Tchiani' });
    expect(search.data?.search[0].id).toBe('abdourahamane-tiani');
  });

  it.each(EXAMPLES.map((e) => [e.title, e] as const))('runs the GraphiQL example %s', async (_title, example) => {
    const res = await gql(app, example.query, example.variables, example.mutation ? auth : {});
    expect(res.errors?.map((e) => e.extensions.code) ?? []).not.toContain('FORBIDDEN');
    expect(res.data).toBeTruthy();
  });

  it('runs a trusted document named by its hash alone: APQ over GET, and documentId', async () => {
    const hash = documentHash(OPERATIONS.ExplorerSearch);
    const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }));
    const variables = encodeURIComponent(JSON.stringify({ text: 'Tchiani' }));
    const get = await fetch(`${app.url}/graphql?extensions=${extensions}&variables=${variables}`);
    expect(get.status).toBe(200);
    expect(((await get.json()) as any).data.search[0].id).toBe('abdourahamane-tiani');
    const byId = await post({ documentId: `sha256:${hash}`, variables: { text: 'Tchiani' } });
    expect(byId.body.data.search[0].id).toBe('abdourahamane-tiani');
  });

  it.each([
    ['any other query', { query: '{ actors(first: 1) { totalCount } }' }],
    ['a trusted query changed by one character', { query: `${OPERATIONS.ExplorerSearch} `, variables: { text: 'Tchiani' } }],
    ['an unknown hash', { extensions: { persistedQuery: { version: 1, sha256Hash: documentHash('{ __typename }') } } }],
    ['introspection', { query: '{ __schema { types { name } } }' }],
    ['no document at all', { variables: {} }],
  ])('refuses %s with 403 FORBIDDEN', async (_name, body) => {
    const res = await post(body);
    expect(res.status).toBe(403);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(res.body.errors[0].message).toMatch(/trusted documents/);
  });

  it('refuses an untrusted GET query too', async () => {
    const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ actors(first: 1) { totalCount } }')}`);
    expect(res.status).toBe(403);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN');
  });
});
