// The GraphQL-over-HTTP spec, as its own audit suite (graphql-http's auditServer) checks it, and
// the status codes it ties to the answer's media type: under application/graphql-response+json a
// request that cannot run is a 400; under application/json (also when no accept is sent) it is a
// 200 with the errors, which is what legacy clients read.
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { startTestApp } from '../helpers/app.js';

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

describe('graphql-http audit', () => {
  it('passes every audit: no error, no warning, no notice', async () => {
    const results = await auditServer({ url: `${app.url}/graphql` });
    expect(results.length).toBeGreaterThan(30);
    const failed = results.filter((r) => r.status !== 'ok').map((r) => `${r.status} ${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(failed).toEqual([]);
  });
});

const requests: [string, Record<string, unknown>, string][] = [
  ['a document that does not parse', { query: '{ actor(id: "niger") { name ' }, 'GRAPHQL_PARSE_FAILED'],
  ['a document that does not validate', { query: '{ actor(id: "niger") { nom } }' }, 'GRAPHQL_VALIDATION_FAILED'],
  ['a variable that does not coerce', { query: 'query($id: ID!) { actor(id: $id) { name } }', variables: { id: { no: 1 } } }, 'BAD_USER_INPUT'],
  ['a missing variable', { query: 'query($id: ID!) { actor(id: $id) { name } }' }, 'BAD_USER_INPUT'],
  [
    'a document over the cost limit',
    { query: `{ ${Array.from({ length: 8 }, (_, i) => `a${i}: actors(first: 100) { edges { node { neighbors { neighbors { id } } } } }`).join(' ')} }` },
    'QUERY_TOO_COSTLY',
  ],
];

const post = (body: unknown, accept?: string) =>
  fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) },
    body: JSON.stringify(body),
  });

describe('status codes by media type', () => {
  it.each(requests)('%s: 400 under application/graphql-response+json, without data', async (_name, body, code) => {
    const res = await post(body, 'application/graphql-response+json, application/json;q=0.9');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    const answer = (await res.json()) as any;
    expect(answer.data).toBeUndefined();
    expect(answer.errors[0].extensions.code).toBe(code);
  });

  it.each(requests)('%s: 200 under application/json, with the same errors', async (_name, body, code) => {
    for (const accept of ['application/json', undefined]) {
      const res = await post(body, accept);
      expect(res.status, `accept: ${accept}`).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const answer = (await res.json()) as any;
      expect(answer.data).toBeUndefined();
      expect(answer.errors[0].extensions).toMatchObject({ code, requestId: res.headers.get('x-request-id') });
    }
  });

  it('a query that runs is 200 under either type, in the type asked for', async () => {
    for (const [accept, type] of [
      ['application/graphql-response+json', /^application\/graphql-response\+json/],
      ['application/json', /^application\/json/],
    ] as const) {
      const res = await post({ query: '{ actor(id: "niger") { name } }' }, accept);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(type);
      expect(((await res.json()) as any).data).toEqual({ actor: { name: 'Niger' } });
    }
  });

  it('an error while running (execution began) is 200 under either type', async () => {
    for (const accept of ['application/graphql-response+json', 'application/json']) {
      const res = await post({ query: '{ a: actor(id: "niger") { name } g: relationshipGraph(actorId: "atlantis") { id } }' }, accept);
      expect(res.status).toBe(200);
      const answer = (await res.json()) as any;
      expect(answer.errors[0].extensions.code).toBe('NOT_FOUND');
    }
  });

  it('requests that are not GraphQL requests keep their 4xx under application/json', async () => {
    const notJson = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: '{"query": ' });
    expect(notJson.status).toBe(400);
    const noQuery = await post({ variables: {} }, 'application/json');
    expect(noQuery.status).toBe(400);
    expect(((await noQuery.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
    const mutationOverGet = await fetch(`${app.url}/graphql?query=${encodeURIComponent('mutation { deleteActor(id: "niger") }')}`, { headers: { accept: 'application/json' } });
    expect(mutationOverGet.status).toBe(405);
  });
});
