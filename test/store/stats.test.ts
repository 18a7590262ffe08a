import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Event, PloverType } from '../../src/schema/event.ts';
import type { StatsQuery, Store } from '../../src/store/index.ts';
import { actor, makeArticle, makeEvent, tempDir } from './event-factory.ts';
import { BACKENDS } from './backends.ts';

const tmp = tempDir('stats');
after(tmp.cleanup);

function ev(type: PloverType, goldstein: number, who: string | null, whom: string, date: string | null): Event {
  return makeEvent('s', {
    type, goldstein,
    actor: who === null ? null : actor(who, who),
    target: actor(whom, whom),
    date: date === null ? null : { value: date, precision: date.length === 10 ? 'day' : 'month', text: date, span: null },
  });
}

const EVENTS: readonly Event[] = [
  ev('ASSAULT', -10, 'USA', 'IRN', '2020-01-06'),   // Monday of ISO week 2020-W02
  ev('ASSAULT', -10, 'USA', 'IRN', '2020-01-07'),
  ev('THREATEN', -7, 'IRN', 'USA', '2020-01-08'),
  ev('CONSULT', 1, 'USA', 'IRN', '2020-02'),        // month precision: never pinned to a day or week
  ev('ASSAULT', -10, 'RUS', 'UKR', '2019-12-30'),   // ISO week 2020-W01, though in December 2019
  ev('PROTEST', -6.5, null, 'UKR', '2020-01-06'),   // no actor: the dyad shows a dash
  ev('AGREE', 8, 'UKR', 'RUS', null),               // undated: in no period
];

type Row = readonly [period: string, key: string, count: number, goldstein: number];
const CASES: readonly (readonly [string, StatsQuery, readonly Row[]])[] = [
  ['month × dyad', { period: 'month', by: 'dyad' }, [
    ['2019-12', 'RUS→UKR', 1, -10], ['2020-01', 'IRN→USA', 1, -7], ['2020-01', 'USA→IRN', 2, -20], ['2020-01', '—→UKR', 1, -6.5],
    ['2020-02', 'USA→IRN', 1, 1],
  ]],
  ['week × type', { period: 'week', by: 'type' }, [
    ['2020-02', 'CONSULT', 1, 1], ['2020-W01', 'ASSAULT', 1, -10], ['2020-W02', 'ASSAULT', 2, -20], ['2020-W02', 'PROTEST', 1, -6.5],
    ['2020-W02', 'THREATEN', 1, -7],
  ]],
  ['day, no grouping', { period: 'day', by: 'none' }, [
    ['2019-12-30', '', 1, -10], ['2020-01-06', '', 2, -16.5], ['2020-01-07', '', 1, -10], ['2020-01-08', '', 1, -7], ['2020-02', '', 1, 1],
  ]],
  ['one dyad by month (either direction)', { period: 'month', by: 'none', filter: { dyad: ['IRN', 'USA'] } }, [
    ['2020-01', '', 3, -27], ['2020-02', '', 1, 1],
  ]],
  ['filtered by type and date', { period: 'month', by: 'dyad', filter: { type: 'ASSAULT', since: '2020' } }, [
    ['2020-01', 'USA→IRN', 2, -20],
  ]],
  ['nothing matches', { period: 'day', by: 'type', filter: { actor: 'nobody' } }, []],
];

for (const backend of BACKENDS) {
  describe(`stats (${backend.name})`, { skip: backend.skip }, () => {
    let store: Store;
    before(async () => {
      store = await backend.open(tmp.dir);
      await store.saveArticle(makeArticle('s'), EVENTS);
    });
    after(async () => store.close());

    for (const [name, query, expected] of CASES) {
      it(name, async () => {
        const rows = await store.stats(query);
        assert.deepEqual(rows.map((r) => [r.period, r.key, r.count, r.goldstein]), expected);
      });
    }

    it('rejects an unknown period or grouping', async () => {
      await assert.rejects(store.stats({ period: 'year' as StatsQuery['period'], by: 'type' }), /invalid period 'year'/);
      await assert.rejects(store.stats({ period: 'day', by: 'actor' as StatsQuery['by'] }), /invalid stats grouping 'actor'/);
    });
  });
}
