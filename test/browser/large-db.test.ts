import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticItems } from '../../bench/serve-synthetic.ts';
import { ensureWebBundle } from '../../src/serve/index.ts';
import { openStore, type SaveItem, type Store } from '../../src/store/index.ts';
import { listen, type Running } from '../serve/fixture.ts';
import { chromiumMissing, openBrowser, screenshot, type Browser } from './browser.ts';

// The dashboard over 100,000 stored events stays usable: the server pages and aggregates, so the
// page never holds more than a page of events. The budget is generous for a slow CI machine; the
// measured times are printed as test diagnostics (and measured properly by npm run bench:serve).

const EVENTS = 100_000;
const BUDGET_MS = 10_000;

describe('dashboard with 100,000 events', { skip: chromiumMissing }, () => {
  let dir: string;
  let store: Store;
  let api: Running;
  let browser: Browser;

  before(async () => {
    const webRoot = await ensureWebBundle();
    dir = mkdtempSync(join(tmpdir(), 'eventlens-large-'));
    store = await openStore(join(dir, 'large.db'));
    let batch: SaveItem[] = [];
    for (const item of syntheticItems(EVENTS / 10, 10)) {
      batch.push(item);
      if (batch.length === 500) {
        await store.saveMany(batch);
        batch = [];
      }
    }
    assert.equal(await store.countEvents(), EVENTS);
    api = await listen({ store, webRoot });
    browser = await openBrowser(api.base);
  });
  after(async () => {
    await browser?.close();
    await api?.app.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('every panel renders within the budget', { timeout: 120_000 }, async (t) => {
    const { page } = browser;
    const started = Date.now();
    await page.goto(`${api.base}/`);
    await page.locator('#events-count', { hasText: '100,000 match' }).waitFor({ timeout: BUDGET_MS });
    t.diagnostic(`event table: ${Date.now() - started} ms`);
    for (const selector of ['svg.timeline-chart rect.bar', 'svg.map-chart .place-mark', 'svg.network-chart path.edge', 'svg.escalation-chart circle.point']) {
      await page.locator(selector).first().waitFor({ timeout: BUDGET_MS - (Date.now() - started) });
    }
    const all = Date.now() - started;
    t.diagnostic(`all panels: ${all} ms`);
    assert.ok(all < BUDGET_MS);
    assert.equal(await page.locator('tr.event-row').count(), 50);
    assert.equal(await page.locator('#timeline-period').innerText(), 'per week');
    await screenshot(page, 'dashboard-100k.png');
  });

  test('paging, filtering and the evidence stay quick', { timeout: 120_000 }, async (t) => {
    const { page } = browser;
    let started = Date.now();
    await page.click('#pager button:has-text("next")');
    await page.locator('#pager .range', { hasText: '51–100 of 100,000' }).waitFor({ timeout: BUDGET_MS });
    t.diagnostic(`next page: ${Date.now() - started} ms`);
    started = Date.now();
    await page.selectOption('select[name=type]', 'AGREE');
    await page.waitForURL(/type=AGREE/);
    await page.locator('#events-count:not(:has-text("100,000"))').waitFor({ timeout: BUDGET_MS });
    t.diagnostic(`filter: ${Date.now() - started} ms`);
    started = Date.now();
    await page.locator('tr.event-row').first().click();
    await page.locator('#evidence-body .article-text mark.role-trigger').waitFor({ timeout: BUDGET_MS });
    t.diagnostic(`evidence: ${Date.now() - started} ms`);
    assert.equal(await page.locator('#evidence-body .article-text mark.role-actor').count() > 0, true);
  });
});
