// Security headers on every page and answer: the explorer, GraphiQL, GraphQL answers, /health,
// the static bundles, and errors. (That the pages still work under the Content-Security-Policy is
// shown in real Chromium by tests/e2e, which also fail on any CSP violation.)
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { REPO_ROOT } from '../../src/paths.js';
import { startTestApp } from '../helpers/app.js';

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

/** A bundle that `npm run build:web` wrote, served under /static/assets/. */
const asset = readdirSync(join(REPO_ROOT, 'dist', 'public', 'assets')).find((f) => f.endsWith('.js'));

const requests: [string, string, RequestInit, number, RegExp][] = [
  ['the explorer', '/', { headers: { accept: 'text/html' } }, 200, /text\/html/],
  ['GraphiQL', '/graphql', { headers: { accept: 'text/html' } }, 200, /text\/html/],
  [
    'a GraphQL answer',
    '/graphql',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) },
    200,
    /application\/json/,
  ],
  [
    'a GraphQL error',
    '/graphql',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' },
    400,
    /application\/json/,
  ],
  ['/health', '/health', {}, 200, /application\/json/],
  ['a static bundle', `/static/assets/${asset}`, {}, 200, /javascript/],
  ['an unknown path', '/nothing-here', {}, 404, /application\/json/],
];

describe('security headers', () => {
  it.each(requests)('on %s', async (_name, path, init, status, type) => {
    const res = await fetch(`${app.url}${path}`, init);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(type);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    // Scripts only from files this server serves: nothing inline, no eval, no other origin.
    expect(csp).not.toMatch(/script-src[^;]*('unsafe-inline'|'unsafe-eval'|https?:|\*)/);
    expect(res.headers.get('x-powered-by')).toBeNull();
    await res.arrayBuffer();
  });
});
