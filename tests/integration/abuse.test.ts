// Abuse of the GraphQL layer: request limits (graphql-armor + Apollo), the checks graphql-cop
// runs against a production server, what is left of CSRF prevention (tests/integration/cross-origin.test.ts
// has the rest) and rate limiting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { REQUEST_LIMITS } from '../../src/server/security.js';
import { CLIENT_ACCEPT, gql, startTestApp } from '../helpers/app.js';

/** Requests whose errors graphql-js ends with "Did you mean …?", and what the error says before it. */
const SUGGESTIVE: [string, unknown, RegExp][] = [
  ['a field', { query: '{ actr(id: "niger") { id } }' }, /Cannot query field "actr"/],
  ['an argument', { query: '{ actors(frist: 2) { totalCount } }' }, /Unknown argument "frist"/],
  ['a type', { query: 'query($id: Actr) { actor(id: "niger") { id } }' }, /Unknown type "Actr"/],
  ['an enum value', { query: '{ actors(filter: { kinds: [STAT] }) { totalCount } }' }, /Value "STAT" does not exist in "ActorKind" enum/],
  ['an input field', { query: '{ actors(filter: { txt: "a" }) { totalCount } }' }, /Field "txt" is not defined by type "ActorFilter"/],
  [
    'an enum value in a variable',
    { query: 'query($k: [ActorKind!]) { actors(filter: { kinds: $k }) { totalCount } }', variables: { k: ['STAT'] } },
    /Variable "\$k" got invalid value "STAT"/,
  ],
  [
    'an input field in a variable',
    { query: 'query($f: ActorFilter) { actors(filter: $f) { totalCount } }', variables: { f: { txt: 'a' } } },
    /Field "txt" is not defined by type "ActorFilter"/,
  ],
];

/** The error body carries the request id, the same as the x-request-id header. */
async function expectRequestId(res: Response): Promise<any> {
  const body = (await res.json()) as any;
  const id = res.headers.get('x-request-id');
  expect(id).toMatch(/^[\w.:-]{1,64}$/);
  expect(body.errors.map((e: any) => e.extensions.requestId)).toEqual(body.errors.map(() => id));
  return body;
}

const post = (app: RunningApp, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: CLIENT_ACCEPT, ...headers }, body: JSON.stringify(body) });

describe('request limits (development server, which reports its round trips)', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ NODE_ENV: 'development' });
  });
  afterAll(() => app?.stop());

  const nested = (depth: number) => {
    let selection = 'name';
    for (let i = 0; i < depth - 2; i += 1) selection = `neighbors { ${selection} }`;
    return `{ actor(id: "niger") { ${selection} } }`;
  };

  const cases: [string, string, RegExp][] = [
    ['depth', nested(REQUEST_LIMITS.depth + 2), /depth/i],
    ['aliases', `{ ${Array.from({ length: REQUEST_LIMITS.aliases + 1 }, (_, i) => `a${i}: actor(id: "niger") { id }`).join(' ')} }`, /alias/i],
    ['directives', `{ actor(id: "niger") { id ${'@include(if: true) '.repeat(REQUEST_LIMITS.directives + 1)} } }`, /directive/i],
    ['tokens', `{ ${Array.from({ length: REQUEST_LIMITS.tokens + 100 }, () => '__typename').join(' ')} actor(id: "niger") { id } }`, /token/i],
    ['cost', `{ ${Array.from({ length: 14 }, (_, i) => `a${i}: actors(first: 100) { edges { node { relationships { evidence { article { actors { relationships { id } } } } } } } }`).slice(0, 14).join(' ')} }`, /estimated cost/i],
  ];

  it.each(cases)('over the %s limit: 400, a clear message, and no Cypher run', async (_name, query, message) => {
    const res = await post(app, { query });
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.errors[0].message).toMatch(message);
    expect(body.errors[0].extensions.code).toMatch(/GRAPHQL_VALIDATION_FAILED|GRAPHQL_PARSE_FAILED|BAD_USER_INPUT|QUERY_TOO_COSTLY/);
    expect(body.extensions?.dbRoundTrips ?? 0).toBe(0);
  });

  it.each([
    ['unknown', '@aa'],
    ['known', '@include(if: true)'],
  ])('repeated %s directives past the limit: one error naming it', async (_kind, directive) => {
    const n = REQUEST_LIMITS.directives + 2;
    const res = await post(app, { query: `query cop { __typename ${directive.repeat(n)} }`, operationName: 'cop' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]).toMatchObject({
      message: `Syntax Error: Directives limit of ${REQUEST_LIMITS.directives} exceeded, found ${n}.`,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', requestId: res.headers.get('x-request-id') },
    });
  });

  it('an invalid document within the limits keeps its own errors', async () => {
    const body = (await (await post(app, { query: `{ __typename ${'@aa'.repeat(3)} }` })).json()) as any;
    expect(body.errors.map((e: { message: string }) => e.message)).toEqual(Array.from({ length: 3 }, () => 'Unknown directive "@aa".'));
  });

  it('within the limits, the deepest useful query runs', async () => {
    // Nine levels (the deepest useful query, security.ts), at a cost within the budget.
    const deepest = '{ actors(first: 2) { edges { node { relationships { target { relationships { evidence { article { title } } } } } } } } }';
    const res = await gql(app, deepest);
    expect(res.errors).toBeUndefined();
    expect(res.extensions?.cost).toMatchObject({ estimated: expect.any(Number) });
  });

  it('development keeps introspection', async () => {
    const intro = (await (await post(app, { query: '{ __schema { queryType { name } } }' })).json()) as any;
    expect(intro.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it.each(SUGGESTIVE)('development keeps suggestions: %s', async (_kind, body, said) => {
    const answer = (await (await post(app, body)).json()) as any;
    expect(answer.errors[0].message).toMatch(said);
    expect(answer.errors[0].message).toMatch(/ Did you mean (the enum value )?"\w+"(, "\w+")*(,? or "\w+")?\?$/);
  });

  it('refuses batched requests', async () => {
    const res = await post(app, [{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(res.status).toBe(400);
    const body = await expectRequestId(res);
    expect(body.errors[0]).toMatchObject({ message: expect.stringMatching(/batching/i), extensions: { code: 'BAD_REQUEST' } });
  });
});

describe('graphql-cop checks against the production server', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => app?.stop());

  it('introspection is off', async () => {
    const res = await post(app, { query: '{ __schema { types { name } } }' });
    const body = (await res.json()) as any;
    expect(body.data ?? null).toBeNull();
    expect(body.errors[0].message).toMatch(/introspection/i);
  });

  it('alias overloading (101 __typename aliases) is refused', async () => {
    const query = `query { ${Array.from({ length: 101 }, (_, i) => `alias${i}: __typename`).join(' ')} }`;
    const res = await post(app, { query });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].message).toMatch(/alias/i);
  });

  it('array batching is refused', async () => {
    const res = await post(app, Array.from({ length: 10 }, () => ({ query: '{ __typename }' })));
    expect(res.status).toBe(400);
    expect((await expectRequestId(res)).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('directive overloading is refused with one error, so graphql-cop does not flag it', async () => {
    // graphql-cop's check (lib/tests/dos_directive_overloading.py) posts exactly this and flags
    // the server (HIGH) when the answer has 10 errors: one per unknown directive.
    const res = await post(app, { query: 'query cop { __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }', operationName: 'cop' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      {
        message: `Syntax Error: Directives limit of ${REQUEST_LIMITS.directives} exceeded, found 10.`,
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', requestId: res.headers.get('x-request-id') },
      },
    ]);
  });

  it('circular introspection is refused', async () => {
    const query = '{ __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }';
    const res = await post(app, { query });
    expect(res.status).toBe(400);
  });

  it('a GET query with no CSRF header is answered: the API has no cookies for a forged request to ride on', async () => {
    const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('a mutation over GET is refused', async () => {
    const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent('mutation { __typename }')}`);
    expect(res.status).toBe(405);
    expect((await expectRequestId(res)).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('a URL-encoded POST is refused', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `query=${encodeURIComponent('{ __typename }')}`,
    });
    expect(res.status).toBe(415);
    expect(await res.text()).not.toMatch(/"__typename"/);
  });

  it('GraphiQL is not served', async () => {
    const res = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await res.text()).not.toMatch(/graphiql/i);
  });

  it.each(SUGGESTIVE)('no suggestion of any kind: %s', async (_kind, body, said) => {
    const text = await (await post(app, body)).text();
    expect(JSON.parse(text).errors[0].message).toMatch(said);
    expect(text).not.toMatch(/Did you mean|Suggestion hidden/);
  });

  it('tracing is off', async () => {
    const res = await post(app, { query: '{ __typename }' });
    const body = (await res.json()) as any;
    expect(body).toEqual({ data: { __typename: 'Query' } });
  });

  it('errors carry no stack traces or exception details', async () => {
    for (const query of ['{ __typename @', '{ actor(id: 1) { nope } }', 'query { actor }']) {
      const text = await (await post(app, { query })).text();
      expect(text).not.toMatch(/stacktrace|exception|at .*\.js:\d+/);
    }
  });
});

describe('GraphiQL only where configured', () => {
  const html = async (app: RunningApp) => (await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } })).text();

  it('is off when GRAPHIQL=false, even in development', async () => {
    const app = await startTestApp({ NODE_ENV: 'development', GRAPHIQL: 'false' });
    try {
      expect(await html(app)).not.toMatch(/graphiql/i);
    } finally {
      await app.stop();
    }
  });

  it('is on in production when GRAPHIQL and INTROSPECTION are set', async () => {
    const app = await startTestApp({ NODE_ENV: 'production', GRAPHIQL: 'true', INTROSPECTION: 'true' });
    try {
      expect(await html(app)).toMatch(/GraphiQL/);
    } finally {
      await app.stop();
    }
  });
});

describe('rate limiting', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ RATE_LIMIT_PER_MINUTE: '5' });
  });
  afterAll(() => app?.stop());

  it('answers 429 past the limit, with when to retry', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await post(app, { query: '{ __typename }' })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const res = await post(app, { query: '{ __typename }' });
    expect(res.headers.get('ratelimit')).toMatch(/t=\d+/);
    expect((await expectRequestId(res)).errors[0].extensions.code).toBe('RATE_LIMITED');
    expect((await fetch(`${app.url}/health`)).status).toBe(200);
  });
});
