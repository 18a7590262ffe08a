import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Event } from '../../src/schema/event.ts';
import type { IncidentPage, Page as ApiPage } from '../../src/serve/index.ts';
import { linkedStore } from '../serve/incident-fixture.ts';
import { chromiumMissing, dashboardSession, screenshot, type Browser } from './browser.ts';

// The analyst's desk in a real browser: reports or incidents, an incident's reports by outlet, casualty
// figures, the map's zoom, clusters and place filter, downloads, keyboard access and an axe-core audit.
// EVENTLENS_DOCS_SCREENSHOT=1 refreshes docs/dashboard.png (1280×800) and docs/dashboard-phone.png (390×844).

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('the analyst\'s desk', { skip: chromiumMissing, timeout: 175_000 }, () => {
  const session = dashboardSession(() => linkedStore('desk'));

  test('report/incident toggle; an incident lists its reports by outlet with their evidence', async () => {
    const { page } = session.browser;
    await page.goto(`${session.api.base}/?text=Kidal`);
    await page.locator('tr.event-row').first().waitFor();
    await page.check('#unit-toggle input[value=incident]');
    await page.waitForURL(/unit=incident/);
    const row = page.locator('tr.incident-row');
    await row.first().waitFor();
    assert.equal(await row.count(), 1);
    assert.equal(await row.locator('td.reports').innerText(), '2');
    assert.match(await row.locator('td.figures').innerText(), /14 killed/);
    await row.click();
    await page.waitForURL(/incident=inc-/);
    await page.locator('#evidence-body .incident-head').waitFor();
    assert.equal(await page.locator('#evidence-body section.outlet').count(), 2, 'one section per outlet');
    const reports = page.locator('#evidence-body li.report');
    assert.equal(await reports.count(), 2);
    for (const sentence of await reports.locator('.report-sentence mark.role-trigger').allInnerTexts()) assert.ok(sentence.length > 0);
    assert.match(await page.locator('#evidence-body .incident-facts').innerText(), /killed\s+14 killed/);
    assert.match(await page.locator('#evidence-body details.explain pre').textContent() ?? '', /linked to/);
    await reports.first().locator('button', { hasText: 'read it in the article' }).click();
    await page.waitForURL(/event=/);
    await page.locator('#evidence-body .article-text mark.role-trigger').first().waitFor();
    await page.goBack();
    await page.locator('#evidence-body .incident-head').waitFor();
    await screenshot(page, 'desk-incident.png');
  });

  test('casualty figures in the table and the evidence panel, with their hedge and words', async () => {
    const { page } = session.browser;
    await page.goto(`${session.api.base}/?text=Kidal&type=ASSAULT`);
    await page.locator('tr.event-row').first().waitFor();
    const figures = await page.locator('tr.event-row td.figures').allInnerTexts();
    // ("Dozens of people were injured" after the killing is that attack's toll since wounding is coded: session 31)
    assert.deepEqual([...figures].sort(), ['14 killed', '≥12 killed · ~24 injured']);
    await page.locator('tr.event-row', { hasText: '≥12 killed' }).click();
    const figure = page.locator('#evidence-body tr.figure');
    await figure.first().waitFor();
    assert.match(await figure.first().innerText(), /killed\s+≥12 killed \(at least\) “at least 12”/);
  });

  test('the map zooms, a cluster opens into its places, a place filters by its id', async () => {
    const { page } = session.browser;
    await page.goto(`${session.api.base}/`);
    const map = page.locator('svg.map-chart');
    await map.locator('.place-mark').first().waitFor();
    const zoom = async () => Number(await map.getAttribute('data-zoom'));
    const start = await zoom();
    await page.click('.map-tools .zoom-in');
    assert.ok(Math.abs(await zoom() - start - 1) < 0.01, 'the + button zooms in one level');
    await page.click('.map-tools .zoom-reset');
    assert.ok(Math.abs(await zoom() - start) < 0.01);
    const cluster = map.locator('.place-mark.cluster').first();
    assert.ok(await cluster.count() > 0, 'nearby places are clustered at the world view');
    const places = Number(await cluster.getAttribute('data-places'));
    const marksBefore = await map.locator('.place-mark').count();
    await cluster.click();
    assert.ok(await zoom() > start, 'clicking a cluster zooms in');
    assert.ok(await map.locator('.place-mark').count() > marksBefore - 1 || places > 1, 'its places are drawn');
    await page.click('.map-tools .zoom-reset');
    const precise = map.locator('.place-mark.precise').first();
    const placeId = (await precise.getAttribute('data-place-id'))!;
    await precise.click();
    await page.locator('.map-popup:not([hidden])').waitFor();
    await page.click('.map-popup .popup-filter');
    await page.waitForURL((url) => url.searchParams.get('place') === placeId);
    const expected = await session.api.get<ApiPage<Event>>(`/events?place=${encodeURIComponent(placeId)}&limit=1000`);
    await page.locator('#events-count', { hasText: `${expected.body.total} match` }).waitFor();
    assert.equal(await page.locator('input[name=place]').inputValue(), placeId);
    const names = new Set(expected.body.items.map((e) => e.location?.name));
    assert.equal(names.size, 1, 'one place, not a country');
    await screenshot(page, 'desk-map.png');
  });

  test('download the current view as CSV and JSON Lines: every matching row', async () => {
    const { page } = session.browser;
    await page.goto(`${session.api.base}/?text=Kidal&type=ASSAULT`);
    await page.locator('tr.event-row').first().waitFor();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('a.download-csv')]);
    assert.equal(csv.suggestedFilename(), 'eventlens-events.csv');
    const [header, ...rows] = readFileSync((await csv.path())!, 'utf8').trim().split('\n');
    assert.ok(header.split(',').includes('killed'));
    assert.equal(rows.length, 2);
    await page.check('#unit-toggle input[value=incident]');
    await page.locator('tr.incident-row').first().waitFor();
    const [jsonl] = await Promise.all([page.waitForEvent('download'), page.click('a.download-jsonl')]);
    assert.equal(jsonl.suggestedFilename(), 'eventlens-incidents.jsonl');
    const lines = readFileSync((await jsonl.path())!, 'utf8').trim().split('\n');
    assert.equal(lines.length, 1);
    assert.equal((JSON.parse(lines[0]) as { num_reports: number }).num_reports, 2);
  });

  test('keyboard: skip link, rows, map, network and timeline reachable and operable', async () => {
    const { page } = session.browser;
    await page.goto(`${session.api.base}/`);
    await page.locator('svg.network-chart .node').first().waitFor();
    await page.locator('svg.map-chart .place-mark').first().waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'events-h');
    const tabUntil = async (where: string) => {
      for (let i = 0; i < 120; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate((w) => document.activeElement?.closest(w) !== null, where)) return;
      }
      assert.fail(`Tab never reached ${where}`);
    };
    await tabUntil('tr.event-row');
    await page.keyboard.press('Enter');
    await page.waitForURL(/event=/);
    await tabUntil('svg.timeline-chart');
    await tabUntil('svg.map-chart');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await page.keyboard.press('ArrowRight');
    assert.notEqual(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), first, 'arrows move between marks');
    const zoom = Number(await page.locator('svg.map-chart').getAttribute('data-zoom'));
    await page.keyboard.press('+');
    assert.ok(Number(await page.locator('svg.map-chart').getAttribute('data-zoom')) > zoom, '+ zooms in');
    await tabUntil('svg.network-chart');
    const actor = await page.evaluate(() => document.activeElement?.closest('.node')?.getAttribute('data-actor'));
    assert.ok(actor, 'the first network mark is an actor');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('actor') === actor);
  });

  test('axe-core: no serious or critical violations on the main views', async () => {
    const { page } = session.browser;
    const audit = async (path: string, ready: string) => {
      await page.goto(`${session.api.base}${path}`);
      await page.locator(ready).first().waitFor();
      await page.locator('svg.map-chart').first().waitFor();
      await page.evaluate(AXE_SOURCE);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
      });
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepEqual(serious, [], `${path}: ${JSON.stringify(serious, null, 1)}`);
    };
    await audit('/', 'tr.event-row');
    const incidents = await session.api.get<IncidentPage>('/events?unit=incident&text=Kidal');
    await audit(`/?unit=incident&incident=${incidents.body.items[0].id}`, '#evidence-body .incident-head');
    const first = await session.api.get<ApiPage<Event>>('/events?limit=1');
    await audit(`/?event=${encodeURIComponent(`${first.body.items[0].doc_id}:0`)}`, '#evidence-body .article-text');
  });

  test('an unknown URL key and an impossible date are said once; the phone layout does not overflow', async () => {
    const { page } = session.browser;
    await page.goto(`${session.api.base}/?colour=red&type=ASSAULT`);
    await page.locator('.errors .error', { hasText: 'unknown key \'colour\'' }).waitFor();
    await page.goto(`${session.api.base}/?since=2024-02-30`);
    await page.locator('#events-body .note-error').waitFor();
    await page.locator('#map-body .note-error').waitFor();
    assert.equal(await page.locator('.errors .error').count(), 1, 'one bad date, one message');
    assert.match(await page.locator('.errors .error').innerText(), /2024-02-30/);
    assert.equal(await page.locator('#events-count').innerText(), '', 'no count left from the previous view');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${session.api.base}/?type=ASSAULT`);
    await page.locator('tr.event-row').first().waitFor();
    await page.locator('svg.map-chart').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    const wide = await page.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > 391
      && !(e.parentElement?.closest('.events, .evidence, svg') ?? null))
      .slice(0, 5).map((e) => `${e.tagName.toLowerCase()}#${e.id}`));
    assert.ok(overflow <= 390, `the page is ${overflow} px wide at 390: ${wide.join(' ')}`);
    await docsScreenshot(page, 'dashboard-phone.png', false);
    await page.setViewportSize({ width: 1280, height: 800 });
    const incidents = await session.api.get<IncidentPage>('/events?unit=incident&text=Kidal');
    await page.goto(`${session.api.base}/?unit=incident&incident=${incidents.body.items[0].id}`);
    await page.locator('#evidence-body .incident-head').waitFor();
    await page.locator('svg.map-chart .place-mark').first().waitFor();
    await docsScreenshot(page, 'dashboard.png', false);
    await page.setViewportSize({ width: 1400, height: 1000 });
    assert.deepEqual(session.browser.outside, []);
  });
});

async function docsScreenshot(page: Browser['page'], name: string, fullPage: boolean): Promise<void> {
  const path = await screenshot(page, `desk-${name}`, fullPage);
  if (process.env.EVENTLENS_DOCS_SCREENSHOT === '1') copyFileSync(path, new URL(`../../docs/${name}`, import.meta.url));
}
