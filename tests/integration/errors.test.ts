// Every error code a client can meet, with no stack traces outside development.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { gql, startTestApp } from '../helpers/app.js';
import { freePort } from '../helpers/ports.js';
import { createLogger } from '../../src/logger.js';
import { serverOver, type ServerOver } from '../helpers/server-over.js';

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

describe('BAD_USER_INPUT', () => {
  it.each([
    ['a page too large', '{ actors(first: 1000) { totalCount } }', /first must not be greater than 100/],
    ['a depth out of range', '{ relationshipGraph(actorId: "niger", depth: 4) { truncated } }', /depth must not be greater than 3/],
    ['a cursor that is not ours', '{ actors(after: "garbage") { totalCount } }', /"after" is not a cursor from this list/],
    ['text too long', `{ search(text: "${'x'.repeat(201)}") { id } }`, /text must be shorter than or equal to 200 characters/],
  ])('%s', async (_name, text, message) => {
    const res = await gql(app, text);
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(message);
    expect(res.errors?.[0]?.extensions).not.toHaveProperty('stacktrace');
  });

  // Each bound of the filters, which sit one level down in an argument (an input object).
  const many = (value: string, n: number) => `[${Array.from({ length: n }, () => value).join(', ')}]`;
  it.each([
    ['actors', 'text', `"${'x'.repeat(90_000)}"`, /text must be shorter than or equal to 200 characters/],
    ['actors', 'kinds', many('STATE', 21), /kinds must contain no more than 20 elements/],
    ['actors', 'relationshipTypes', many('EXPELLED', 51), /relationshipTypes must contain no more than 50 elements/],
    ['relationships', 'types', many('EXPELLED', 51), /types must contain no more than 50 elements/],
    ['relationships', 'actorId', `"${'x'.repeat(5_000)}"`, /actorId must be shorter than or equal to 120 characters/],
    ['relationships', 'otherActorId', `"${'x'.repeat(121)}"`, /otherActorId must be shorter than or equal to 120 characters/],
    ['relationships', 'articleId', `"${'x'.repeat(121)}"`, /articleId must be shorter than or equal to 120 characters/],
  ])('%s(filter: { %s }) past its bound', async (field, name, value, message) => {
    const res = await gql(app, `{ ${field}(filter: { ${name}: ${value} }) { totalCount } }`);
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', validation: [{ field: `filter.${name}` }] });
    expect(res.errors?.[0]?.message).toMatch(message);
  });

  it('a filter within its bounds still answers', async () => {
    const res = await gql(app, `{ actors(filter: { text: "${'x'.repeat(200)}", kinds: ${many('STATE', 20)} }) { totalCount } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ actors: { totalCount: 0 } });
  });

  it('a malformed date literal fails validation, saying why', async () => {
    const res = await gql(app, '{ relationshipGraph(actorId: "niger", asOf: "2024-13") { truncated } }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/"2024-13" has no month 13/);
  });

  it('a bad variable is a 400', async () => {
    const res = await gql(app, 'query($d: Date) { timeline(from: $d) { id } }', { d: 'yesterday' });
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/"yesterday" is not a date/);
  });
});

describe('NOT_FOUND and null', () => {
  it('a missing actor is null in actor(id), NOT_FOUND where it is required', async () => {
    expect((await gql(app, '{ actor(id: "atlantis") { id } }')).data).toEqual({ actor: null });
    for (const text of ['{ relationshipGraph(actorId: "atlantis") { truncated } }', '{ shortestPath(fromId: "atlantis", toId: "niger") { length } }']) {
      const res = await gql(app, text);
      expect(res.errors?.[0]).toMatchObject({ message: 'Actor "atlantis" does not exist', extensions: { code: 'NOT_FOUND', id: 'atlantis' } });
    }
  });
});

describe('UNAUTHENTICATED', () => {
  it('a mutation without a key', async () => {
    const res = await gql(app, 'mutation { deleteRelationship(id: "x") }');
    expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(res.data).toBeNull();
  });
});

describe('DATABASE_UNAVAILABLE', () => {
  let down: ServerOver;
  beforeAll(async () => {
    down = await serverOver(`bolt://127.0.0.1:${await freePort()}`, 'neo4j');
  });
  afterAll(() => down.stop());

  it('a query while Neo4j is unreachable fails fast with its code', async () => {
    const started = Date.now();
    const res = await fetch(`${down.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ actor(id: "niger") { id } }' }),
    });
    const body = (await res.json()) as any;
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(body.errors[0]).toMatchObject({ message: 'The database is unavailable; try again shortly.', extensions: { code: 'DATABASE_UNAVAILABLE' } });
    expect(body.errors[0].extensions.requestId).toBe(res.headers.get('x-request-id'));
  });

  it('/ready says 503 while /health stays 200', async () => {
    expect((await fetch(`${down.url}/health`)).status).toBe(200);
    const ready = await fetch(`${down.url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'not ready', neo4j: false });
  });
});

describe('INTERNAL_SERVER_ERROR', () => {
  it('masks what went wrong, with a request id to find it in the logs', async () => {
    const broken = await serverOver(app.neo4jUri, 'nosuchdatabase');
    try {
      const res = await fetch(`${broken.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'req-123' },
        body: JSON.stringify({ query: '{ actor(id: "niger") { id } }' }),
      });
      const body = (await res.json()) as any;
      expect(body.errors).toEqual([
        { message: 'Internal server error', locations: [{ line: 1, column: 3 }], path: ['actor'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-123' } },
      ]);
      expect(JSON.stringify(body)).not.toMatch(/nosuchdatabase|at .*\.js|Neo4jError/);
    } finally {
      await broken.stop();
    }
  });

  it('logs the details under the same request id', async () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    const broken = await serverOver(app.neo4jUri, 'nosuchdatabase', {}, logger);
    try {
      await fetch(`${broken.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'req-456' },
        body: JSON.stringify({ query: '{ actor(id: "niger") { id } }' }),
      });
    } finally {
      await broken.stop();
    }
    const entries = lines.map((l) => JSON.parse(l));
    const internal = entries.find((e) => e.msg === 'internal error');
    expect(internal).toMatchObject({ level: 50, requestId: 'req-456', path: ['actor'] });
    expect(JSON.stringify(internal.err)).toMatch(/nosuchdatabase/i);
    expect(entries.find((e) => e.req?.id === 'req-456')).toMatchObject({ res: { statusCode: 200 }, responseTime: expect.any(Number) });
  });

  it('shows the detail and stack in development only', async () => {
    const dev = await serverOver(app.neo4jUri, 'nosuchdatabase', { NODE_ENV: 'development' });
    try {
      const res = await fetch(`${dev.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ actor(id: "niger") { id } }' }),
      });
      const body = (await res.json()) as any;
      expect(body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(body.errors[0].extensions.detail).toMatch(/nosuchdatabase/i);
      expect(Array.isArray(body.errors[0].extensions.stacktrace)).toBe(true);
    } finally {
      await dev.stop();
    }
  });
});

describe('GraphQL over HTTP', () => {
  it('answers queries over GET, and refuses mutations over GET', async () => {
    const get = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ actor(id: "niger") { name } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(((await get.json()) as any).data).toEqual({ actor: { name: 'Niger' } });
    const mutation = await fetch(`${app.url}/graphql?query=${encodeURIComponent('mutation { deleteActor(id: "niger") }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(mutation.status).toBe(405);
  });

  it('rejects a malformed body with 400 and no stack trace', async () => {
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.errors[0]).toMatchObject({
      message: 'The request body is not valid JSON',
      extensions: { code: 'BAD_REQUEST', requestId: res.headers.get('x-request-id') },
    });
    expect(JSON.stringify(body)).not.toMatch(/at .*\.js/);
  });

  it('rejects a body over the limit with 413', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ search(text: "${'x'.repeat(200_000)}") { id } }` }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).errors[0].extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE', requestId: res.headers.get('x-request-id') });
  });

  it('answers an unknown path with a JSON 404', async () => {
    for (const path of ['/nothing-here', '/static/nothing-here.js']) {
      const res = await fetch(`${app.url}${path}`, { headers: { 'x-request-id': 'req-404' } });
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND', requestId: 'req-404' } }] });
    }
  });
});

