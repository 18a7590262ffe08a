import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { EventFilter, Store } from '../../src/store/index.ts';
import { tempDir } from './event-factory.ts';
import { PARTICIPANT_ARTICLE, PARTICIPANT_EVENTS as EVENTS, triggers as names } from './participant-events.ts';
import { BACKENDS } from './backends.ts';

// Events with coordinated participants (`actors`/`targets` lists): every filter on actor, target, dyad or
// country matches any participant in the role, not only the primary one; counts by actor and by dyad
// count each participant. Run on every backend.
const tmp = tempDir('participants');
after(tmp.cleanup);

const CASES: readonly (readonly [string, EventFilter, string])[] = [
  ['second actor by code', { actor: 'CMR' }, 'deployed'],
  ['first actor by code', { actor: 'TCD' }, 'deployed'],
  ['second actor by name substring', { actor: 'camer' }, 'deployed'],
  ['second actor without a code, by a non-ASCII name', { actor: 'CÔTE' }, 'met'],
  ['second target by code', { target: 'NGACOP' }, 'attacked'],
  ['target code prefix covers both targets', { target: 'NGA' }, 'deployed attacked'],
  ['a role is a role: CMR is never a target', { target: 'CMR' }, ''],
  ['dyad with the second actor', { dyad: ['CMR', 'NGAREB'] }, 'deployed'],
  ['dyad the other way round', { dyad: ['NGAREB', 'CMR'] }, 'deployed'],
  ['dyad with the second target', { dyad: ['NGAREB', 'NGACOP'] }, 'attacked'],
  ['dyad needs an actor and a target: two actors are not a dyad', { dyad: ['TCD', 'CMR'] }, ''],
  ['country from a second participant', { country: 'CMR' }, 'deployed'],
  ['actor and target together', { actor: 'CMR', target: 'NGAREB' }, 'deployed'],
];

for (const backend of BACKENDS) {
  describe(`participants (${backend.name})`, { skip: backend.skip, timeout: 60_000 }, () => {
    let store: Store;
    before(async () => {
      store = await backend.open(tmp.dir);
      const saved = await store.saveArticle(PARTICIPANT_ARTICLE, EVENTS);
      assert.equal(saved.events, 3);
    });
    after(async () => store?.close());

    for (const [label, filter, expected] of CASES) {
      it(`${label}: ${JSON.stringify(filter)}`, async () => {
        assert.equal(names(await store.queryEvents(filter)), expected);
        assert.equal(await store.countEvents(filter), expected === '' ? 0 : expected.split(' ').length);
      });
    }

    it('events come back whole, lists included', async () => {
      assert.deepEqual(await store.queryEvents({ actor: 'CMR' }), [EVENTS[0]]);
    });

    it('listActors counts every participant, each once per event and role', async () => {
      const actors = await store.listActors({ limit: 50 });
      const count = (code: string | null, name?: string) =>
        actors.find((a) => a.code === code && (name === undefined || a.name === name))?.events;
      assert.equal(count('CMR'), 1);
      assert.equal(count('NGACOP'), 1);
      assert.equal(count(null, 'Côte d’Ivoire students'), 1);
      assert.equal(count('TCD'), 2, 'actor of one event, target of another');
      assert.equal(count('NGAREB'), 2);
      assert.deepEqual((await store.listActors({ text: 'camer' })).map((a) => [a.code, a.events]), [['CMR', 1]]);
    });

    it('stats by dyad count the event in each actor × target pair; by type once', async () => {
      const rows = await store.stats({ period: 'month', by: 'dyad' });
      assert.deepEqual(rows.map((r) => [r.key, r.count]), [
        ['CMR→NGAREB', 1], ['Côte d’Ivoire students→TCD', 1], ['NER→TCD', 1],
        ['NGAREB→NGACOP', 1], ['NGAREB→NGAMIL', 1], ['TCD→NGAREB', 1],
      ]);
      const byType = await store.stats({ period: 'month', by: 'none', filter: { actor: 'CMR' } });
      assert.deepEqual(byType.map((r) => r.count), [1]);
    });
  });
}
