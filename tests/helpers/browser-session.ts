// What every browser test starts with: the real server over the test Neo4j, Debian's Chromium,
// and the folder for screenshots.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { REPO_ROOT } from '../../src/paths.js';
import { startTestApp } from './app.js';
import { launchChromium } from './chromium.js';

/** Screenshots and timings of the browser tests (git-ignored). */
export const ARTIFACTS = join(REPO_ROOT, 'tests', 'artifacts');

export interface BrowserSession {
  app: RunningApp;
  browser: Browser;
}

export async function startBrowserSession(): Promise<BrowserSession> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const app = await startTestApp();
  return { app, browser: await launchChromium(inject('chromiumPath')) };
}

export async function stopBrowserSession(session: Partial<BrowserSession>): Promise<void> {
  await session.browser?.close();
  await session.app?.stop();
}

/**
 * The page's Content-Security-Policy violations, as Chromium reports them on the console ("Refused
 * to load … because it violates the following Content Security Policy directive …"): a page that
 * works only partly under the server's CSP shows up here, not as an exception.
 */
export function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) seen.push(message.text());
  });
  return seen;
}
