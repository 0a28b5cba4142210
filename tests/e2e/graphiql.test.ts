// The GraphQL IDE as a person meets it: /graphql opened in real headless Chromium, offline.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { EXAMPLES } from '../../src/server/examples.js';
import { ARTIFACTS, cspViolations, startBrowserSession, stopBrowserSession } from '../helpers/browser-session.js';

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
    const csp = cspViolations(page);

    const posted = (marker: string) =>
      page.waitForResponse((res) => res.url().startsWith(`${app.url}/graphql`) && (res.request().postData() ?? '').includes(marker), {
        timeout: 60_000,
      });
    // Ready as a person sees it: the schema fetched and the first tab's query in the editor.
    const schema = posted('IntrospectionQuery');
    await page.goto(`${app.url}/graphql`);
    expect((await schema).status()).toBe(200);
    await expect.poll(() => page.locator('.graphiql-tab').count(), { timeout: 30_000 }).toBe(EXAMPLES.length);
    // Monaco draws spaces as no-break spaces.
    const text = async (selector: string) => ((await page.locator(selector).textContent()) ?? '').replace(/\u00a0/g, ' ');
    await expect.poll(() => text('.graphiql-query-editor'), { timeout: 30_000 }).toContain('query Search');
    await expect.poll(() => text('.graphiql-editor-tool'), { timeout: 30_000 }).toContain('Tchiani');

    // The first tab is the "Search" example (Tchiani); run it.
    const answer = posted('query Search');
    await page.locator('.graphiql-execute-button').click();
    expect(await (await answer).json()).toMatchObject({ data: { search: [{ id: 'abdourahamane-tiani' }] } });
    const response = page.locator('.graphiql-response');
    await expect.poll(async () => (await response.textContent()) ?? '', { timeout: 30_000 }).toContain('abdourahamane-tiani');
    await page.screenshot({ path: join(ARTIFACTS, 'graphiql.png') });

    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    expect(csp).toEqual([]);
    await page.close();
  });

  it('runs under a Content-Security-Policy that refuses inline scripts, and the test sees refusals', async () => {
    const page = await browser.newPage();
    const csp = cspViolations(page);
    await page.goto(`${app.url}/graphql`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.head.append(script);
    });
    await expect.poll(() => csp.length, { timeout: 10_000 }).toBe(1);
    expect(csp[0]).toMatch(/inline script/);
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
    await page.close();
  });

  it('still serves GraphQL to clients at the same address', async () => {
    const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ actor(id: "niger") { name } }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': '1' },
    });
    expect(((await res.json()) as any).data).toEqual({ actor: { name: 'Niger' } });
  });
});
