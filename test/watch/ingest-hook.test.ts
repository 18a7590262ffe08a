import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, describe, it, test } from 'node:test';
import { dayNumber } from '../../src/incidents/index.ts';
import { linkPendingEvents } from '../../src/store/incidents-link.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { openAlertStore } from '../../src/store/open-alerts.ts';
import { affectedDays, Rule, type Alert } from '../../src/watch/index.ts';
import { watchStoredIncidents } from '../../src/watch/hook/index.ts';
import { SHARED_BACKENDS } from '../store/backends.ts';
import { makeArticle, makeEvent, tempDir } from '../store/event-factory.ts';

// The ingest hook: rules enabled on a store are evaluated over the incidents a writer has just stored
// (src/watch/hook/), the alerts stored once and POSTed to the rule's webhook; nothing twice on a re-run.

const tmp = tempDir('ingest-hook');
after(tmp.cleanup);

const weekCount = Rule.parse({ id: 'two-in-a-week', group_by: 'country', when: { kind: 'threshold', measure: 'count', window_days: 7, at_least: 2 } });
const monthKilled = Rule.parse({ id: 'month-killed', when: { kind: 'threshold', measure: 'killed', window_days: 30, at_least: 10 } });
const firstDyad = Rule.parse({ id: 'first-dyad', group_by: 'dyad', when: { kind: 'first' } });
const day = (iso: string) => dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

describe('affectedDays: the days a new incident can make a rule fire', () => {
  const rows: [string, number[], Rule[], string, { from: string; to: string } | null][] = [
    ['a 7-day window: the incident day and the 6 after', [day('2024-03-04')], [weekCount], '2026-01-01', { from: '2024-03-04', to: '2024-03-10' }],
    ['the longest window of the rules, from the earliest day', [day('2024-03-04'), day('2024-02-20')], [weekCount, monthKilled], '2026-01-01', { from: '2024-02-20', to: '2024-04-02' }],
    ['never past today', [day('2024-03-04')], [monthKilled], '2024-03-06', { from: '2024-03-04', to: '2024-03-06' }],
    ['a first rule: the incident day only', [day('2024-03-04')], [firstDyad], '2026-01-01', { from: '2024-03-04', to: '2024-03-04' }],
    ['an incident dated after today: nothing yet', [day('2024-03-09')], [weekCount], '2024-03-06', null],
    ['no dated incident', [], [weekCount], '2026-01-01', null],
  ];
  for (const [name, days, rules, today, expected] of rows) test(name, () => assert.deepEqual(affectedDays(days, rules, today), expected));
});

// One article per day, one event each: Russian forces shelling a Ukrainian city.
async function storeDays(store: Store, days: readonly string[], killed = 0): Promise<void> {
  await store.saveMany(days.map((d) => {
    const id = `hook-${d}-${killed}`;
    const numbers = killed > 0 ? { killed: { min: killed, max: killed, hedge: 'exact' as const, text: `${killed}`, span: [0, 2] as [number, number] } } : undefined;
    const event = makeEvent(id, { date: { value: d, precision: 'day', text: d, span: null, basis: 'stated' }, ...(numbers ? { numbers } : {}) });
    return { article: makeArticle(id, `Text of ${id}. Troops shelled the town.`, { published: d }), events: [event] };
  }));
}

// A webhook receiver on loopback: answers 503 while `down`, and keeps every alert it took.
async function receiver() {
  const taken: Alert[] = [];
  let down = false;
  const server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (d: Buffer) => { body += d; });
    req.on('end', () => {
      if (down) return void res.writeHead(503).end();
      taken.push(JSON.parse(body) as Alert);
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/alerts`,
    taken,
    setDown: (value: boolean) => { down = value; },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

for (const backend of SHARED_BACKENDS) {
  describe(`the hook after a store (${backend.name})`, { skip: backend.skip }, () => {
    it('evaluates the enabled rules on new incidents, stores and sends each alert once', { timeout: 120_000 }, async () => {
      const store = await openStore(backend.freshUrl(tmp.dir));
      const alerts = openAlertStore(store);
      const hook = await receiver();
      const today = '2024-06-01';
      const run = async () => watchStoredIncidents(store, (await linkPendingEvents(store)).incidentIds, { today, webhookTries: 1 });
      try {
        await storeDays(store, ['2024-03-01']);
        assert.deepEqual(await run(), { rules: 0, alerts: [] }, 'no rule enabled: nothing evaluated');

        await alerts.enableRules([weekCount], 'rules.yaml', null, '2024-03-01T00:00:00Z');
        await alerts.enableRules([monthKilled], 'killed.yaml', hook.url, '2024-03-01T00:00:00Z');
        await storeDays(store, ['2024-03-04']);
        const first = await run();
        assert.equal(first.rules, 2);
        assert.deepEqual(first.alerts.map((a) => [a.rule, a.group, a.fired_on]), [['two-in-a-week', 'UKR', '2024-03-04']]);
        assert.match(first.alerts[0].incidents[0].evidence[0].sentence ?? '', /shelled Ukraine/, 'the evidence sentence from the stored event');
        assert.equal(hook.taken.length, 0, 'the webhook only gets the alerts of its own rules');

        // the same incidents again (an ingest re-run): nothing new
        const ids = (await alerts.incidents(null)).map((i) => i.id);
        assert.deepEqual((await watchStoredIncidents(store, ids, { today })).alerts, []);
        assert.equal((await alerts.list()).length, 1);

        // 12 killed on 10 March: the webhook rule fires; its receiver is down, so it is kept for the next run
        hook.setDown(true);
        await storeDays(store, ['2024-03-10'], 12);
        const second = await run();
        assert.deepEqual(second.alerts.map((a) => a.rule), ['month-killed']);
        assert.equal(hook.taken.length, 0);
        assert.deepEqual((await alerts.undelivered()).map((a) => a.rule).sort(), ['month-killed', 'two-in-a-week']);
        hook.setDown(false);
        await storeDays(store, ['2024-05-20']);
        const third = await run();
        assert.deepEqual(third.alerts, [], 'one incident in May: no rule fires');
        assert.deepEqual(hook.taken.map((a) => a.id), second.alerts.map((a) => a.id), 'sent on the next run, once');

        assert.deepEqual(await alerts.disableRules(['month-killed', 'nope']), ['month-killed']);
        assert.deepEqual((await alerts.enabledRules()).map((e) => [e.rule.id, e.webhook]), [['two-in-a-week', null]]);
      } finally {
        await hook.close();
        await alerts.close();
        await store.close();
      }
    });
  });
}

test('an enabled rule the store can no longer read is one clear error naming it', { timeout: 60_000 }, async () => {
  const store = await openStore(join(tmp.dir, 'bad-rule.db'));
  const alerts = openAlertStore(store);
  try {
    await alerts.enableRules([weekCount], 'rules.yaml', null, '2024-03-01T00:00:00Z');
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(store.url);
    db.prepare(`UPDATE watch_rules SET rule_json = '{"id":"two-in-a-week","when":{"kind":"sometimes"}}'`).run();
    db.close();
    await assert.rejects(alerts.enabledRules(), /enabled watch rule two-in-a-week \(from rules\.yaml\) is not valid/);
  } finally {
    await alerts.close();
    await store.close();
  }
});
