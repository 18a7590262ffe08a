import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Event } from '../../src/schema/event.ts';
import type { Page as ApiPage } from '../../src/serve/index.ts';
import { conflictStore } from '../serve/fixture.ts';
import { chromiumMissing, dashboardSession, screenshot } from './browser.ts';

// The dashboard in a real browser, on a database of the coded conflict articles: filter, click an
// event, read its highlighted evidence, see marks on the map and the timeline, code a new article.
// Screenshots go to test-artifacts/ (desk.test.ts refreshes the ones in docs/).

const ARTICLE = 'Rebels attack base\n\nHouthi rebels fired missiles at a Saudi airport on Monday, the coalition said. ' +
  'The Saudi-led coalition launched air strikes on Sanaa in response.';

describe('dashboard', { skip: chromiumMissing }, () => {
  const session = dashboardSession(() => conflictStore('browser'));

  test('loads every panel: table, map with both kinds of marks, timeline, network, escalation', { timeout: 120_000 }, async () => {
    const { page } = session.browser;
    await page.goto(`${session.api.base}/`);
    await page.locator('tr.event-row').first().waitFor();
    const all = await session.api.get<ApiPage<Event>>('/events?limit=1');
    assert.equal(await page.locator('tr.event-row').count(), Math.min(50, all.body.total));
    assert.match(await page.locator('#summary').innerText(), new RegExp(`${all.body.total} events from ${session.fx.articles.length} articles`));
    await page.locator('svg.map-chart .place-mark').first().waitFor();
    assert.ok(await page.locator('svg.map-chart .land path').count() > 100, 'the world is drawn');
    assert.ok(await page.locator('svg.map-chart .place-mark.precise').count() > 0, 'sites and cities as dots');
    assert.ok(await page.locator('svg.map-chart .place-mark.centroid').count() > 0, 'countries and regions as rings');
    await page.locator('svg.timeline-chart rect.bar').first().waitFor();
    await page.locator('svg.network-chart path.edge').first().waitFor();
    await screenshot(page, 'dashboard-initial.png');
  });

  test('the escalation series of a chosen dyad', { timeout: 120_000 }, async () => {
    const { page } = session.browser;
    const all = await session.api.get<ApiPage<Event>>('/events?limit=1000');
    const e = all.body.items.find((x) => x.actor?.code && x.target?.code && x.actor.code !== x.target.code && x.date?.value.length === 10)!;
    const dyad = `${e.actor!.code},${e.target!.code}`;
    const expected = await session.api.get<ApiPage<Event>>(`/events?dyad=${encodeURIComponent(dyad)}&limit=1000`);
    const days = new Set(expected.body.items.flatMap((x) => (x.date?.value.length === 10 ? [x.date.value] : [])));
    await page.goto(`${session.api.base}/?dyad=${encodeURIComponent(dyad)}`);
    await page.locator('svg.escalation-chart circle.point').first().waitFor();
    assert.equal(await page.locator('#dyad-select').inputValue(), dyad);
    // one point per day or week with events of the pair
    const points = await page.locator('svg.escalation-chart circle.point').count();
    assert.ok(points >= 1 && points <= days.size, `${points} points for ${days.size} days`);
  });

  test('filter by type: kept in the URL, applied to the table', { timeout: 120_000 }, async () => {
    const { page } = session.browser;
    await page.selectOption('select[name=type]', 'ASSAULT');
    await page.waitForURL(/type=ASSAULT/);
    const expected = await session.api.get<ApiPage<Event>>('/events?type=ASSAULT&limit=1');
    await page.locator('#events-count', { hasText: `${expected.body.total} match` }).waitFor();
    const types = await page.locator('tr.event-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-type')));
    assert.ok(types.length > 0 && types.every((t) => t === 'ASSAULT'), types.join());
    await page.locator('svg.timeline-chart rect.bar').first().waitFor();
    const barTypes = await page.locator('svg.timeline-chart rect.bar').evaluateAll((bars) => bars.map((b) => b.getAttribute('data-type')));
    assert.ok(barTypes.every((t) => t === 'ASSAULT'), 'the timeline follows the filter');
  });

  test('click an event: the article with trigger, actor, target, date and place marked, and the claim chain', { timeout: 120_000 }, async () => {
    const { page } = session.browser;
    const row = page.locator('tr.event-row').nth(1);
    const rowTrigger = await row.locator('td.trigger').innerText();
    await row.click();
    await page.waitForURL(/event=/);
    const trigger = page.locator('#evidence-body .article-text mark.role-trigger');
    await trigger.first().waitFor();
    // event=<docId>:<position of the event in its article>
    const selected = new URL(page.url()).searchParams.get('event')!;
    const [docId, at] = [selected.slice(0, selected.lastIndexOf(':')), Number(selected.slice(selected.lastIndexOf(':') + 1))];
    const article = await session.api.get<{ text: string; events: Event[] }>(`/articles/${encodeURIComponent(docId)}`);
    const event = article.body.events[at];
    assert.equal(event.trigger.text, rowTrigger);
    assert.equal((await trigger.allInnerTexts()).join(''), event.trigger.text);
    for (const [role, ref] of [['actor', event.actor], ['target', event.target], ['place', event.location]] as const) {
      const span = ref?.span;
      if (span && span[1] <= article.body.text.length) {
        assert.equal((await page.locator(`#evidence-body .article-text mark.role-${role}`).allInnerTexts()).join(''), article.body.text.slice(...span), role);
      }
    }
    if (event.date?.span) assert.ok(await page.locator('#evidence-body .article-text mark.role-date').count() > 0, 'date marked');
    const chain = await page.locator('#evidence-body .claim-chain').innerText();
    assert.match(chain, new RegExp(event.provenance.certainty));
    if (event.provenance.source !== 'outlet') assert.match(chain, new RegExp(`according to\\s+${event.provenance.source.name}`));
    assert.equal(await page.locator('tr.event-row.selected').count(), 1);
    await screenshot(page, 'dashboard-evidence.png');
  });

  test('a shared URL opens the same view', { timeout: 120_000 }, async () => {
    const { page } = session.browser;
    const url = page.url();
    await page.goto(url);
    await page.locator('#evidence-body .article-text mark.role-trigger').first().waitFor();
    assert.equal(await page.locator('select[name=type]').inputValue(), 'ASSAULT');
  });

  test('text search and date range go to the URL and the API', { timeout: 120_000 }, async () => {
    const { page } = session.browser;
    await page.goto(`${session.api.base}/`);
    await page.locator('tr.event-row').first().waitFor();
    await page.fill('input[name=text]', 'Goma');
    await page.fill('input[name=since]', '2025-01');
    await page.press('input[name=since]', 'Enter');
    await page.waitForURL(/text=Goma.*since=2025-01|since=2025-01.*text=Goma/);
    const expected = await session.api.get<ApiPage<Event>>('/events?text=Goma&since=2025-01&limit=1');
    await page.locator('#events-count', { hasText: `${expected.body.total} match` }).waitFor();
  });

  test('code a pasted article on the spot', { timeout: 120_000 }, async () => {
    const { page } = session.browser;
    await page.fill('#upload-form textarea', ARTICLE);
    await page.fill('#upload-form input[name=published]', '2024-01-10');
    await page.click('#upload-form button[type=submit]');
    await page.locator('.upload-status', { hasText: 'Stored' }).waitFor({ timeout: 30_000 });
    await page.locator('.coded-events button').first().click();
    await page.locator('#evidence-body .article-text mark.role-trigger').first().waitFor();
    assert.match(await page.locator('#evidence-body .article-text').innerText(), /Houthi rebels fired missiles/);
  });

  test('a bad filter shows the server\'s message, never a blank panel', { timeout: 120_000 }, async () => {
    const { page } = session.browser;
    await page.goto(`${session.api.base}/?since=March`);
    await page.locator('.errors .error', { hasText: 'since: expected YYYY' }).first().waitFor();
    assert.match(await page.locator('#events-body').innerText(), /Could not load events: since: expected YYYY/);
  });

  test('nothing was fetched from outside the server, no script errors', { timeout: 120_000 }, async () => {
    const { page, outside, errors } = session.browser;
    // The README's picture: attacks, one attributed to a speaker opened with its evidence.
    const attacks = await session.api.get<ApiPage<Event>>('/events?type=ASSAULT&limit=100');
    const shown = attacks.body.items.find((e) => e.provenance.source !== 'outlet' && e.location) ?? attacks.body.items[0];
    const article = await session.api.get<{ events: Event[] }>(`/articles/${encodeURIComponent(shown.doc_id)}`);
    const at = article.body.events.findIndex((e) => JSON.stringify(e) === JSON.stringify(shown));
    await page.goto(`${session.api.base}/?type=ASSAULT&event=${encodeURIComponent(`${shown.doc_id}:${at}`)}`);
    await page.locator('#evidence-body .article-text mark.role-trigger').first().waitFor();
    await page.locator('svg.map-chart .place-mark').first().waitFor();
    // the pair charted depends on what the coder finds; a chart or its note, but not "loading"
    await page.locator('#escalation-body:not([aria-busy]) :is(svg.escalation-chart, p.note)').first().waitFor();
    await page.locator('#network-body svg.network-chart').waitFor();
    const path = await screenshot(page, 'dashboard.png');
    assert.ok(path.endsWith('dashboard.png'));
    assert.deepEqual(outside, []);
    // The 400 of the previous test is logged by the session.browser as a failed resource; nothing else may be.
    assert.deepEqual(errors.filter((e) => !/status of 400/.test(e)), []);
  });
});
