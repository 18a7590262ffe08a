import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { openStore } from '../../src/store/index.ts';
import { openAlertStore } from '../../src/store/open-alerts.ts';
import { evaluateRules, Rule, seriesKey } from '../../src/watch/index.ts';
import { SHARED_BACKENDS } from '../store/backends.ts';
import { tempDir } from '../store/event-factory.ts';
import { daily, makeIncident } from './make-incident.ts';
import { seedIncidents } from './seed-store.ts';

// Stored alerts on every backend: stored once per window, the last window per series, delivery and
// acknowledgement, and the incidents a run reads.

const tmp = tempDir('alerts-store');
after(tmp.cleanup);

const rule = Rule.parse({ id: 'three', group_by: 'country', when: { kind: 'threshold', measure: 'count', window_days: 7, at_least: 3 } });
const INCIDENTS = [...daily('2024-03-01', 3), ...daily('2024-03-01', 3, { country: 'SYR' }), makeIncident({ day: '2024-03', precision: 'month' })];

for (const backend of SHARED_BACKENDS) {
  describe(`alerts store (${backend.name})`, { skip: backend.skip }, () => {
    it('stores an alert once, remembers the last window per series, delivers and acknowledges', { timeout: 60_000 }, async () => {
      const url = backend.freshUrl(tmp.dir);
      await seedIncidents(url, INCIDENTS);
      const store = await openStore(url);
      const alerts = openAlertStore(store);
      try {
        const read = await alerts.incidents('2024-03-01');
        assert.equal(read.length, 6, '"2024-03" sorts before "2024-03-01": a month-dated incident is not read (nor counted)');
        assert.equal((await alerts.incidents(null)).length, 7);
        assert.equal((await alerts.incidents('2024-03-01', '2024-03-02')).length, 4, 'two days of Iraq and Syria');
        const fired = evaluateRules(read, [rule], { from: '2024-03-01', to: '2024-03-10' });
        assert.deepEqual(fired.map((a) => a.group).sort(), ['IRQ', 'SYR']);
        assert.equal((await alerts.insert(fired, '2024-03-10T00:00:00Z')).length, 2);
        assert.equal((await alerts.insert(fired, '2024-03-11T00:00:00Z')).length, 0, 'the same windows again: nothing new');
        const last = await alerts.lastWindows();
        assert.equal(last.get(seriesKey('three', 'IRQ')), '2024-03-03');
        // evaluated again knowing what was sent: the overlapping window is not made again
        assert.equal(evaluateRules(read, [rule], { from: '2024-03-01', to: '2024-03-10', lastSent: last }).length, 0);
        assert.equal((await alerts.undelivered()).length, 2);
        await alerts.markDelivered([fired[0].id], '2024-03-10T00:01:00Z');
        assert.deepEqual((await alerts.undelivered()).map((a) => a.id), [fired[1].id]);
        assert.equal(await alerts.ack(fired[0].id, '2024-03-12T00:00:00Z'), 'acked');
        assert.equal(await alerts.ack(fired[0].id, '2024-03-12T00:00:00Z'), 'already');
        assert.equal(await alerts.ack('alr-nothere', '2024-03-12T00:00:00Z'), 'missing');
        const listed = await alerts.list({ unacked: true });
        assert.deepEqual(listed.map((s) => s.alert.id), [fired[1].id]);
        assert.equal(listed[0].delivered_at, null);
        assert.equal((await alerts.list()).find((s) => s.alert.id === fired[0].id)?.acked_at, '2024-03-12T00:00:00Z');
      } finally {
        await alerts.close();
        await store.close();
      }
    });
  });
}
