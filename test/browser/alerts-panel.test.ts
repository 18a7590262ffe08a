import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { openStore } from '../../src/store/index.ts';
import { openAlertStore } from '../../src/store/open-alerts.ts';
import type { StoredAlert } from '../../src/store/alerts-store.ts';
import { evaluateRules, Rule } from '../../src/watch/index.ts';
import { tempDir } from '../store/event-factory.ts';
import { daily, makeIncident } from '../watch/make-incident.ts';
import { chromiumMissing, dashboardSession, screenshot } from './browser.ts';

// The alerts panel: the stored alerts on load, and an alert stored while the page is open appears
// without a reload (GET /alerts/stream, Server-Sent Events).

const rule = (id: string) => Rule.parse({ id, group_by: 'country', when: { kind: 'threshold', measure: 'count', window_days: 7, at_least: 2 } });
const incidents = [...daily('2024-03-01', 2), makeIncident({ day: '2024-03-01', country: 'SYR', asserted: false, actor: 'islamic-state' }),
  makeIncident({ day: '2024-03-02', country: 'SYR' })];
const [iraq, syria] = ['IRQ', 'SYR'].map((c) => evaluateRules(incidents, [rule('two-in-a-week')], { from: '2024-03-01', to: '2024-03-09' }).find((a) => a.group === c)!);

describe('dashboard alerts panel', { skip: chromiumMissing }, () => {
  const session = dashboardSession(async () => {
    const tmp = tempDir('alerts-panel');
    const store = await openStore(join(tmp.dir, 'alerts.db'));
    const alerts = openAlertStore(store);
    await alerts.insert([iraq], new Date().toISOString());
    return { store, alerts, cleanup: async () => { await alerts.close(); await store.close(); tmp.cleanup(); } };
  }, { alertsPollMs: 200 });

  test('GET /alerts lists the stored alerts', { timeout: 60_000 }, async () => {
    const { status, body } = await session.api.get<{ items: StoredAlert[] }>('/alerts');
    assert.equal(status, 200);
    assert.deepEqual(body.items.map((s) => s.alert.id), [iraq.id]);
    assert.equal((await session.api.get('/alerts?limit=0')).status, 400);
  });

  test('shows the stored alert, then a new one without a reload', { timeout: 120_000 }, async () => {
    const { page } = session.browser;
    await page.goto(`${session.api.base}/`);
    const items = page.locator('#alerts-list li.alert-item');
    await items.first().waitFor();
    assert.equal(await items.count(), 1);
    assert.match(await items.first().innerText(), /two-in-a-week\s+IRQ[\s\S]*7-day count 2, at least 2[\s\S]*2 incidents, asserted by outlets/);
    await page.locator('.alerts-live', { hasText: 'live' }).waitFor();
    await page.evaluate(() => { (window as unknown as { marker: number }).marker = 42; });

    await session.fx.alerts.insert([syria], new Date().toISOString());
    const fresh = page.locator(`#alerts-list li[data-alert-id="${syria.id}"]`);
    await fresh.waitFor({ timeout: 20_000 });
    assert.match(await fresh.innerText(), /two-in-a-week\s+SYR[\s\S]*1 asserted, 1 only claimed/);
    assert.equal(await page.evaluate(() => (window as unknown as { marker?: number }).marker), 42, 'the page was not reloaded');
    assert.equal(await items.count(), 2);
    await fresh.locator('summary').click();
    assert.match(await fresh.innerText(), /claimed by islamic-state/);
    await screenshot(page, 'dashboard-alerts.png');
    assert.deepEqual(session.browser.outside, []);
    assert.deepEqual(session.browser.errors, []);
  });

  test('an alert is acknowledged from the panel, with the page token, and stays acknowledged', { timeout: 120_000 }, async () => {
    const { page } = session.browser;
    const item = page.locator(`#alerts-list li[data-alert-id="${iraq.id}"]`);
    await item.waitFor();
    await item.getByRole('button', { name: /Acknowledge alert two-in-a-week IRQ/ }).click();
    await item.locator('.alert-state', { hasText: /acknowledged \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/ }).waitFor({ timeout: 20_000 });
    assert.match((await item.getAttribute('class')) ?? '', /\backed\b/);
    assert.equal(await item.getByRole('button', { name: /Acknowledge/ }).count(), 0);
    assert.ok((await session.fx.alerts.get(iraq.id))?.acked_at, 'stored as acknowledged');
    const unacked = await session.api.get<{ items: StoredAlert[] }>('/alerts?unacked=1');
    assert.deepEqual(unacked.body.items.map((s) => s.alert.id), [syria.id]);
    // after a reload, the panel shows it acknowledged, with no button
    await page.reload();
    await page.locator(`#alerts-list li[data-alert-id="${iraq.id}"].acked`).waitFor();
    assert.equal(await page.locator(`#alerts-list li[data-alert-id="${syria.id}"] button.alert-ack`).count(), 1);
    assert.deepEqual(session.browser.errors, []);
  });

  test('POST /alerts/:id/ack needs the token, a real id and an alert that exists', { timeout: 60_000 }, async () => {
    const bare = await fetch(`${session.api.base}/alerts/${syria.id}/ack`, { method: 'POST' });
    assert.equal(bare.status, 401);
    assert.equal((await session.fx.alerts.get(syria.id))?.acked_at, null, 'not acknowledged without the token');
    assert.equal((await session.api.post('/alerts/alr-000000000000/ack', {})).status, 404);
    assert.equal((await session.api.post('/alerts/nope/ack', {})).status, 400);
    const first = await session.api.post<{ already: boolean; acked_at: string }>(`/alerts/${syria.id}/ack`, {});
    assert.equal(first.status, 200);
    assert.equal(first.body.already, false);
    const again = await session.api.post<{ already: boolean; acked_at: string }>(`/alerts/${syria.id}/ack`, {});
    assert.deepEqual(again.body, { ...first.body, already: true });
  });
});
