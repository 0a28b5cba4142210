// The GraphQL IDE as a person meets it: /graphql opened in real headless Chromium, offline.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { EXAMPLES } from '../../src/server/examples.js';
import { ARTIFACTS, startBrowserSession, stopBrowserSession } from '../helpers/browser-session.js';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  ({ app, browser } = await startBrowserSession());
});
afterAll(() => stopBrowserSession({ app, browser }));

describe('GraphiQL at /graphql', () => {
  it('loads from the server alone, with the example tabs, and runs a query', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const outside: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(app.url) && !req.url().startsWith('data:') && !req.url().startsWith('blob:')) outside.push(req.url());
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(`${app.url}/graphql`);
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('.graphiql-tab').count(), { timeout: 15_000 }).toBe(EXAMPLES.length);

    // The first tab is the "Search" example (Tchiani); run it.
    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    await expect.poll(async () => (await response.textContent()) ?? '', { timeout: 20_000 }).toContain('abdourahamane-tiani');
    await page.screenshot({ path: join(ARTIFACTS, 'graphiql.png') });

    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('still serves GraphQL to clients at the same address', async () => {
    const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ actor(id: "niger") { name } }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': '1' },
    });
    expect(((await res.json()) as any).data).toEqual({ actor: { name: 'Niger' } });
  });
});
