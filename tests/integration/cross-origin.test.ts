// A page on another origin (a Vite dev server on :5173, say) calling the API the way a browser
// does: a preflight first, then the request with an Origin header. What the browser lets the page
// read is decided by the Access-Control-* headers asserted here. And what is left of CSRF
// protection once any origin may call: mutations only over POST, POST only with a JSON body.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { auth, startTestApp } from '../helpers/app.js';

const ORIGIN = 'http://localhost:5173';

const preflight = (app: RunningApp, origin: string, method = 'POST', headers = 'content-type,authorization') =>
  fetch(`${app.url}/graphql`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': headers },
  });

const post = (app: RunningApp, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { origin: ORIGIN, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('any origin, by default', () => {
  let app: RunningApp;
  beforeAll(async () => {
    // A rate limit, so that its headers are there to be exposed.
    app = await startTestApp({ RATE_LIMIT_PER_MINUTE: '1000' });
  });
  afterAll(() => app?.stop());

  it('answers a preflight with 204 and the headers a page needs, credentials never', async () => {
    const res = await preflight(app, ORIGIN);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')?.split(',')).toEqual(expect.arrayContaining(['GET', 'POST']));
    expect(res.headers.get('access-control-allow-headers')?.split(',')).toEqual(expect.arrayContaining(['authorization', 'content-type']));
    expect(res.headers.get('access-control-max-age')).toBe('600');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(await res.text()).toBe('');
  });

  it('lets the page read a POST answer, its request id and its rate limit', async () => {
    const res = await post(app, { query: '{ actor(id: "niger") { name } }' });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const exposed = res.headers.get('access-control-expose-headers')?.split(',') ?? [];
    expect(exposed).toEqual(expect.arrayContaining(['x-request-id', 'ratelimit', 'ratelimit-policy']));
    expect(res.headers.get('x-request-id')).toBeTruthy();
    expect(res.headers.get('ratelimit')).toBeTruthy();
    expect(((await res.json()) as any).data).toEqual({ actor: { name: 'Niger' } });
  });

  it('answers a GET query that carries nothing but accept (urql, Apollo Client useGETForQueries)', async () => {
    const url = `${app.url}/graphql?query=${encodeURIComponent('query Name($id: ID!) { actor(id: $id) { name } }')}&variables=${encodeURIComponent('{"id":"russia"}')}`;
    const res = await fetch(url, { headers: { origin: ORIGIN, accept: 'application/graphql-response+json, application/json' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(((await res.json()) as any).data).toEqual({ actor: { name: 'Russia' } });
  });

  it('runs a mutation sent with a key from another origin (the key is the credential, not the origin)', async () => {
    const res = await post(app, { query: 'mutation { deleteActor(id: "no-such-actor-cors") }' }, auth);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    // Past authentication, into the service: which finds no such actor.
    const body = (await res.json()) as any;
    expect(body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('refuses a mutation over GET (405): a link or an <img> cannot write', async () => {
    const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent('mutation { deleteActor(id: "niger") }')}`, {
      headers: { origin: ORIGIN, ...auth },
    });
    expect(res.status).toBe(405);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it.each([
    ['an HTML form', 'application/x-www-form-urlencoded', `query=${encodeURIComponent('mutation { deleteActor(id: "niger") }')}`],
    ['a text/plain form', 'text/plain', JSON.stringify({ query: 'mutation { deleteActor(id: "niger") }' })],
    ['a multipart form', 'multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ __typename }\r\n--x--\r\n'],
  ])('refuses a POST that %s can send (415), before GraphQL sees it', async (_name, type, body) => {
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { origin: ORIGIN, 'content-type': type, ...auth }, body });
    expect(res.status).toBe(415);
    const answer = (await res.json()) as any;
    expect(answer.data).toBeUndefined();
    expect(answer.errors[0]).toMatchObject({ message: expect.stringMatching(/application\/json/), extensions: { code: 'BAD_REQUEST' } });
    const niger = (await (await post(app, { query: '{ actor(id: "niger") { id } }' })).json()) as any;
    expect(niger.data.actor).toEqual({ id: 'niger' });
  });
});

describe('CORS_ORIGINS: a list', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ CORS_ORIGINS: 'https://app.example.org, http://localhost:5173' });
  });
  afterAll(() => app?.stop());

  it('names a listed origin back, and varies on Origin so that caches keep them apart', async () => {
    const res = await preflight(app, ORIGIN);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(res.headers.get('vary')).toMatch(/origin/i);
    const answer = await post(app, { query: '{ __typename }' });
    expect(answer.headers.get('access-control-allow-origin')).toBe(ORIGIN);
  });

  it('gives another origin no Access-Control-Allow-Origin, so its page cannot read the answer', async () => {
    const res = await preflight(app, 'https://evil.example.com');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const answer = await post(app, { query: '{ __typename }' }, { origin: 'https://evil.example.com' });
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  });
});
