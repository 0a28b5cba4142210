// Compression and HTTP caching of /graphql answers, read from the raw HTTP answer (node:http, so
// that nothing decompresses or revalidates behind the test's back).
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { auth, startTestApp } from '../helpers/app.js';

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function raw(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: init.method ?? 'GET', headers: init.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp({ HTTP_CACHE_MAX_AGE: '30' });
});
afterAll(() => app?.stop());

const getUrl = (query: string, variables?: Record<string, unknown>) =>
  `${app.url}/graphql?query=${encodeURIComponent(query)}${variables ? `&variables=${encodeURIComponent(JSON.stringify(variables))}` : ''}`;
const post = (query: string, headers: Record<string, string> = {}) =>
  raw(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });

const READ = 'query Niger($id: ID!) { actor(id: $id) { id name kind } }';
const LARGE = '{ actors(first: 100) { edges { node { id name kind aliases description } } } }';

describe('HTTP caching', () => {
  it('lets a GET query be reused for HTTP_CACHE_MAX_AGE, and revalidates it with an ETag: 304 while it matches', async () => {
    const first = await raw(getUrl(READ, { id: 'niger' }));
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toBe('public, max-age=30');
    expect(first.headers.vary).toMatch(/\baccept\b/i);
    const tag = first.headers.etag as string;
    expect(tag).toMatch(/^W\/"[\w+/=-]+"$/);
    expect(JSON.parse(first.body.toString()).data).toEqual({ actor: { id: 'niger', name: 'Niger', kind: 'STATE' } });

    const again = await raw(getUrl(READ, { id: 'niger' }), { headers: { 'if-none-match': tag } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(tag);

    const other = await raw(getUrl(READ, { id: 'russia' }), { headers: { 'if-none-match': tag } });
    expect(other.status).toBe(200);
    expect(other.headers.etag).not.toBe(tag);
  });

  it.each<[string, () => Promise<RawAnswer>]>([
    ['a POST query', () => post('{ actor(id: "niger") { id name kind } }')],
    ['a mutation', () => post('mutation { deleteActor(id: "no-such-actor-cache") }', auth)],
    ['a GET with an API key', () => raw(getUrl(READ, { id: 'niger' }), { headers: auth })],
    ['a GET whose answer has an error', () => raw(getUrl('{ relationshipGraph(actorId: "atlantis") { id } }'))],
    ['a GET that does not validate', () => raw(getUrl('{ actor(id: "niger") { nom } }'))],
    ['a mutation over GET (405)', () => raw(getUrl('mutation { deleteActor(id: "niger") }'))],
  ])('never stores %s', async (_name, send) => {
    const res = await send();
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers.etag).toBeUndefined();
  });
});

describe('automatic persisted queries (Apollo\'s APQ) over GET', () => {
  it('registers a query by its hash, then answers the hash alone, cacheably', async () => {
    const query = '{ actor(id: "france") { id name } }';
    const persisted = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } };
    const byHash = `${app.url}/graphql?extensions=${encodeURIComponent(JSON.stringify(persisted))}`;
    const unknown = await raw(byHash);
    expect(JSON.parse(unknown.body.toString()).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.headers['cache-control']).toBe('no-store');
    await raw(`${byHash}&query=${encodeURIComponent(query)}`);
    const known = await raw(byHash);
    expect(JSON.parse(known.body.toString()).data).toEqual({ actor: { id: 'france', name: 'France' } });
    expect(known.headers['cache-control']).toBe('public, max-age=30');
  });
});

describe('compression', () => {
  it.each([
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
  ] as const)('compresses a large answer with %s, to the same JSON', async (encoding, decompress) => {
    const plain = await post(LARGE);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(4096);
    const packed = await post(LARGE, { 'accept-encoding': `${encoding}` });
    expect(packed.headers['content-encoding']).toBe(encoding);
    expect(packed.body.length).toBeLessThan(plain.body.length / 2);
    expect(JSON.parse(decompress(packed.body).toString()).data).toEqual(JSON.parse(plain.body.toString()).data);
  });

  it('prefers brotli when both are accepted, and leaves small answers alone', async () => {
    expect((await post(LARGE, { 'accept-encoding': 'gzip, deflate, br' })).headers['content-encoding']).toBe('br');
    const small = await post('{ __typename }', { 'accept-encoding': 'gzip, br' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString()).data).toEqual({ __typename: 'Query' });
  });

  it('compresses a cacheable GET and still answers 304 to its ETag', async () => {
    const url = getUrl(LARGE);
    const first = await raw(url, { headers: { 'accept-encoding': 'br' } });
    expect(first.headers['content-encoding']).toBe('br');
    expect(first.headers.vary).toMatch(/accept-encoding/i);
    const again = await raw(url, { headers: { 'accept-encoding': 'br', 'if-none-match': first.headers.etag as string } });
    expect(again.status).toBe(304);
  });
});
