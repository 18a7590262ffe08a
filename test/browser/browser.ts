import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ensureWebBundle, type ServerOptions } from '../../src/serve/index.ts';
import type { Store } from '../../src/store/index.ts';
import { listen, type Running } from '../serve/fixture.ts';

// Debian's Chromium driven by playwright-core; never a downloaded browser. The page may reach the
// server under test and nothing else: every other request is blocked and recorded, which is how
// the tests prove the dashboard works offline.

export const CHROMIUM = process.env.EVENTLENS_CHROMIUM ?? '/usr/bin/chromium';
export const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url).pathname;

export const chromiumMissing = existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM} (apt-get install chromium, or set EVENTLENS_CHROMIUM)`;

export interface Browser {
  readonly page: Page;
  /** URLs the page tried to fetch outside the server under test. */
  readonly outside: readonly string[];
  /** Console errors and uncaught page errors. */
  readonly errors: readonly string[];
  close(): Promise<void>;
}

export async function openBrowser(allowedOrigin: string): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'eventlens-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
    viewport: { width: 1400, height: 1000 },
  });
  const outside: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(allowedOrigin) || url.startsWith('data:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  const page = context.pages()[0] ?? await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return {
    page, outside, errors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, name);
  await page.screenshot({ path, fullPage });
  return path;
}

export interface DashboardSession<F> {
  /** What `open` made: a store and its cleanup. */
  readonly fx: F;
  readonly api: Running;
  readonly browser: Browser;
}

/**
 * For the tests of one describe block: before them, the store `open` makes, the real server with the
 * dashboard on it (on loopback) and Chromium on that; after them, all three closed. Read the fields
 * inside the tests (they are set by the before hook).
 */
export function dashboardSession<F extends { readonly store: Store; cleanup(): unknown }>(
  open: () => Promise<F>, server: Partial<ServerOptions> = {},
): DashboardSession<F> {
  const session = {} as { fx: F; api: Running; browser: Browser };
  before(async () => {
    const webRoot = await ensureWebBundle();
    session.fx = await open();
    session.api = await listen({ store: session.fx.store, webRoot, ...server });
    session.browser = await openBrowser(session.api.base);
  });
  after(async () => {
    await session.browser?.close();
    await session.api?.app.close();
    await session.fx?.cleanup();
  });
  return session;
}
