// `npm run bench:dashboard`: the dashboard in headless Chromium over 100,000 stored events (a temporary
// SQLite file), timing what an analyst waits for — the first page of events, every panel, the next
// page, a filter, an event's evidence — against the 10 s goal each. The timing half of
// test/browser/large-db.test.ts, which keeps only what the page shows (timed budgets failed on a loaded
// CI machine). EVENTLENS_BENCH_EVENTS=20000 for a quicker run; EVENTLENS_CHROMIUM names the browser.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, ensureWebBundle } from '../src/serve/index.ts';
import { openStore } from '../src/store/index.ts';
import { chromiumMissing, openBrowser } from '../test/browser/browser.ts';
import { fillSyntheticStore } from './serve-synthetic.ts';

const EVENTS = Number(process.env.EVENTLENS_BENCH_EVENTS ?? 100_000);
const GOAL_MS = 10_000;
if (chromiumMissing) throw new Error(chromiumMissing);

const dir = mkdtempSync(join(tmpdir(), 'eventlens-bench-dashboard-'));
const store = await openStore(join(dir, 'bench.db'));
try {
  let t = performance.now();
  await fillSyntheticStore(store, EVENTS);
  console.log(`filled ${(await store.countEvents()).toLocaleString('en')} events in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const app = await createServer({ store, webRoot: await ensureWebBundle(), coder: async () => { throw new Error('not used'); }, token: 'bench-token-0123456789abcdef' });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const browser = await openBrowser(base);
  const { page } = browser;
  const total = EVENTS.toLocaleString('en');
  const rows: [string, number][] = [];
  const step = async (name: string, run: () => Promise<unknown>) => {
    t = performance.now();
    await run();
    rows.push([name, performance.now() - t]);
  };
  try {
    const load = performance.now();
    await step('event table', async () => {
      await page.goto(`${base}/`);
      await page.locator('#events-count', { hasText: `${total} match` }).waitFor({ timeout: 120_000 });
    });
    await step('timeline, map, network, escalation', async () => {
      for (const selector of ['svg.timeline-chart rect.bar', 'svg.map-chart .place-mark', 'svg.network-chart path.edge', 'svg.escalation-chart circle.point']) {
        await page.locator(selector).first().waitFor({ timeout: 120_000 });
      }
    });
    rows.push(['every panel, from the load', performance.now() - load]);
    await step('next page', async () => {
      await page.click('#pager button:has-text("next")');
      await page.locator('#pager .range', { hasText: `51–100 of ${total}` }).waitFor({ timeout: 120_000 });
    });
    await step('filter by type', async () => {
      await page.selectOption('select[name=type]', 'AGREE');
      await page.locator(`#events-count:not(:has-text("${total}"))`).waitFor({ timeout: 120_000 });
    });
    await step('evidence of an event', async () => {
      await page.locator('tr.event-row').first().click();
      await page.locator('#evidence-body .article-text mark.role-trigger').waitFor({ timeout: 120_000 });
    });
  } finally {
    await browser.close();
    await app.close();
  }
  console.log(`\ndashboard over ${total} events (goal: each under ${GOAL_MS / 1000} s; wall times, inflated on a shared machine)`);
  for (const [name, ms] of rows) console.log(`  ${name.padEnd(30)} ${(ms / 1000).toFixed(2).padStart(6)} s ${ms <= GOAL_MS ? '' : '  over the goal'}`);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
