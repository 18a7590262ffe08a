import assert from 'node:assert/strict';
import { after, describe, it, test } from 'node:test';
import { openStore } from '../../src/store/index.ts';
import { openAlertStore } from '../../src/store/open-alerts.ts';
import { Rule } from '../../src/watch/index.ts';
import { inSeries, isEmptyFilter, seriesFilter, touchedSeries } from '../../src/watch/touched-series.ts';
import { SHARED_BACKENDS } from '../store/backends.ts';
import { tempDir } from '../store/event-factory.ts';
import { makeIncident } from './make-incident.ts';
import { seedIncidents } from './seed-store.ts';
import { watchStoredIncidents } from '../../src/watch/hook/index.ts';

// The series new incidents fall in (src/watch/touched-series.ts): what the ingest hook reads and alerts on.

const perCountry = Rule.parse({ id: 'country-week', group_by: 'country', when: { kind: 'threshold', measure: 'count', window_days: 7, at_least: 2 } });
const dyad3 = Rule.parse({ id: 'dyad', group_by: 'dyad', code_length: 3, when: { kind: 'first' } });
const byActor = Rule.parse({ id: 'actor', group_by: 'actor', when: { kind: 'first' } });
const overall = Rule.parse({ id: 'all', when: { kind: 'threshold', measure: 'killed', window_days: 30, at_least: 10 } });
const protestsOnly = Rule.parse({ id: 'protests', group_by: 'country', match: { types: ['PROTEST'] }, when: { kind: 'first' } });

const sudan = makeIncident({ id: 'sd', day: '2024-03-04', country: 'SDN', actor: 'SDNMIL', target: 'SDNREB' });
const iraq = makeIncident({ id: 'iq', day: '2024-03-05', country: 'IRQ', actor: 'USAMIL', target: 'IRQREB' });

describe('seriesFilter: every series an incident is in, per rule', () => {
  const rows: [string, Rule[], ReturnType<typeof seriesFilter>][] = [
    ['per country: the countries', [perCountry], { everything: false, countries: ['SDN', 'IRQ'], actors: [], targets: [], dyads: [] }],
    ['a dyad cut to 3 letters: the pairs, in key order', [dyad3], { everything: false, countries: [], actors: [], targets: [], dyads: [{ length: 3, pairs: [['SDN', 'SDN'], ['IRQ', 'USA']] }] }],
    ['per actor, whole codes', [byActor], { everything: false, countries: [], actors: [{ length: undefined, codes: ['SDNMIL', 'USAMIL'] }], targets: [], dyads: [] }],
    ['one series for all: everything', [overall], { everything: true, countries: [], actors: [], targets: [], dyads: [] }],
    ['a rule that counts neither incident: nothing', [protestsOnly], { everything: false, countries: [], actors: [], targets: [], dyads: [] }],
  ];
  for (const [name, rules, expected] of rows) test(name, () => assert.deepEqual(seriesFilter([sudan, iraq], rules), expected));
  test('nothing to read is said so', () => {
    assert.equal(isEmptyFilter(seriesFilter([sudan], [protestsOnly])), true);
    assert.equal(isEmptyFilter(seriesFilter([sudan], [perCountry])), false);
  });
});

test('touchedSeries and inSeries keep the alerts of the series the incidents are in', () => {
  const touched = touchedSeries([sudan], [perCountry, dyad3]);
  assert.deepEqual([...touched].sort(), ['country-week\u0000SDN', 'dyad\u0000SDN–SDN']);
  const alert = (rule: string, group: string) => ({ rule, group }) as Parameters<typeof inSeries>[0][number];
  const kept = inSeries([alert('country-week', 'SDN'), alert('country-week', 'IRQ'), alert('dyad', 'SDN–SDN'), alert('dyad', 'IRQ–USA')], touched);
  assert.deepEqual(kept.map((a) => `${a.rule} ${a.group}`), ['country-week SDN', 'dyad SDN–SDN']);
});

const tmp = tempDir('touched-series');
after(tmp.cleanup);

for (const backend of SHARED_BACKENDS) {
  describe(`reading only the touched series (${backend.name})`, { skip: backend.skip }, () => {
    it('the store reads the incidents of the filter\'s series and no others', { timeout: 60_000 }, async () => {
      const url = backend.freshUrl(tmp.dir);
      await seedIncidents(url, [
        sudan, iraq,
        makeIncident({ id: 'sd2', day: '2024-02-01', country: 'SDN', actor: 'ETHMIL', target: 'ERI' }),
        makeIncident({ id: 'ss', day: '2024-03-01', country: 'SSD', actor: 'SDNMIL', target: 'SSDGOV' }),
        makeIncident({ id: 'sd-reversed', day: '2024-03-02', country: 'EGY', actor: 'SDNREB', target: 'SDNGOV' }),
      ]);
      const store = await openStore(url);
      const alerts = openAlertStore(store);
      try {
        const ids = async (filter: ReturnType<typeof seriesFilter>) => (await alerts.incidents(null, '2024-12-31', filter)).map((i) => i.id).sort();
        assert.deepEqual(await ids(seriesFilter([sudan], [perCountry])), ['sd', 'sd2']);
        assert.deepEqual(await ids(seriesFilter([sudan], [dyad3])), ['sd', 'sd-reversed']);
        assert.deepEqual(await ids(seriesFilter([iraq], [byActor])), ['iq']);
        assert.deepEqual(await ids(seriesFilter([sudan], [perCountry, byActor])), ['sd', 'sd2', 'ss']);
        assert.deepEqual(await ids(seriesFilter([sudan], [overall])), ['iq', 'sd', 'sd-reversed', 'sd2', 'ss']);
        assert.deepEqual(await ids(seriesFilter([sudan], [protestsOnly])), []);
      } finally {
        await alerts.close();
        await store.close();
      }
    });
      it('the hook alerts on the series of the incidents it is given; a `watch` run sees the others', { timeout: 60_000 }, async () => {
      const url = backend.freshUrl(tmp.dir);
      // two incidents a week in Sudan and in Iraq: both series reach the rule's 2
      const week = ['sd-a', 'sd-b', 'iq-a', 'iq-b'].map((id, k) => makeIncident({ id, day: `2024-03-0${4 + (k % 2)}`, country: id.startsWith('sd') ? 'SDN' : 'IRQ' }));
      await seedIncidents(url, week);
      const store = await openStore(url);
      const alerts = openAlertStore(store);
      try {
        await alerts.enableRules([perCountry], 'rules.yaml', null, '2024-03-01T00:00:00Z');
        const fired = await watchStoredIncidents(store, ['sd-b'], { today: '2024-06-01' });
        assert.deepEqual(fired.alerts.map((a) => [a.rule, a.group, a.fired_on]), [['country-week', 'SDN', '2024-03-05']]);
        const again = await watchStoredIncidents(store, ['iq-a'], { today: '2024-06-01' });
        assert.deepEqual(again.alerts.map((a) => a.group), ['IRQ']);
      } finally {
        await alerts.close();
        await store.close();
      }
    });
  });
}
