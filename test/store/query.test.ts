import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Certainty, Event, EventDate, PloverType } from '../../src/schema/event.ts';
import type { EventFilter, Store } from '../../src/store/index.ts';
import { actor, makeArticle, makeEvent, tempDir } from './event-factory.ts';
import { BACKENDS } from './backends.ts';

const tmp = tempDir('query');
after(tmp.cleanup);

function day(value: string, precision: EventDate['precision'] = 'day'): EventDate {
  return { value, precision, text: value, span: null, basis: 'inferred' };
}

// Each event is named by its trigger text, so expectations read as lists of names.
function ev(name: string, type: PloverType, who: [string, string | null], whom: [string, string | null] | null,
  date: EventDate | null, certainty: Certainty = 'asserted'): Event {
  return makeEvent('q', {
    type,
    actor: actor(who[0], who[1]),
    target: whom === null ? null : actor(whom[0], whom[1]),
    date,
    provenance: { source: 'outlet', reporting_verb: null, certainty, quote: null },
    trigger: { text: name, span: [0, name.length] },
  });
}

// Saved in this order; ids follow it, which breaks ties between equal dates.
const EVENTS: readonly Event[] = [
  ev('shelling', 'ASSAULT', ['Russian troops', 'RUSMIL'], ['Ukraine', 'UKR'], day('2020-03-11')),
  ev('talks', 'CONSULT', ['Ukraine', 'UKR'], ['Russia', 'RUS'], day('2020-03', 'month')),
  ev('march', 'PROTEST', ['Protesters in Abidjan', null], ["Government of Côte d'Ivoire", 'CIVGOV'], day('2020-02-28'), 'claimed'),
  ev('sanctions', 'SANCTION', ['European Union', 'EU'], ['Russia', 'RUS'], day('2020', 'year'), 'planned'),
  ev('aid', 'AID', ['UN agency (100% funded)', 'IGOUNO'], ['Ukraine', 'UKR'], null),
  ev('raid', 'ASSAULT', ['Police', 'UKRCOP'], null, day('2020-03-31'), 'alleged'),
  ev('shelling-2', 'ASSAULT', ['Russian troops', 'RUSMIL'], ['Ukraine', 'UKR'], day('2020-03-11')),
];

const CASES: readonly (readonly [string, EventFilter, readonly string[]])[] = [
  ['no filter: date order, then id, undated last', {}, ['sanctions', 'march', 'talks', 'shelling', 'shelling-2', 'raid', 'aid']],
  ['type', { type: 'ASSAULT' }, ['shelling', 'shelling-2', 'raid']],
  ['type in lower case', { type: 'consult' }, ['talks']],
  ['actor code and its sub-codes (UKR matches UKRCOP)', { actor: 'UKR' }, ['talks', 'raid']],
  ['actor code matches in whole 3-letter blocks only', { actor: 'RUSM' }, []],
  ['actor name substring, any case', { actor: 'russian' }, ['shelling', 'shelling-2']],
  ['actor name without code', { actor: 'ABIDJAN' }, ['march']],
  ['actor name with % matched literally', { actor: '100%' }, ['aid']],
  ['actor % is not a wildcard', { actor: '%' + 'agency' }, []],
  ['target code', { target: 'RUS' }, ['sanctions', 'talks']],
  ['target name, non-ASCII case folding', { target: "CÔTE D'IVOIRE" }, ['march']],
  ['since a month includes its days', { since: '2020-03' }, ['talks', 'shelling', 'shelling-2', 'raid']],
  ['until a month includes its last day', { until: '2020-03' }, ['sanctions', 'march', 'talks', 'shelling', 'shelling-2', 'raid']],
  ['until a day', { until: '2020-02-28' }, ['sanctions', 'march']],
  ['since and until the same day', { since: '2020-03-11', until: '2020-03-11' }, ['shelling', 'shelling-2']],
  ['since a year', { since: '2021' }, []],
  ['certainty', { certainty: 'claimed' }, ['march']],
  ['filters combine with AND', { type: 'ASSAULT', actor: 'police', until: '2020-03-31' }, ['raid']],
  ['limit', { limit: 2 }, ['sanctions', 'march']],
  ['limit with offset', { limit: 2, offset: 3 }, ['shelling', 'shelling-2']],
  ['offset without limit', { offset: 5 }, ['raid', 'aid']],
];

for (const backend of BACKENDS) {
  describe(`queryEvents (${backend.name})`, { skip: backend.skip }, () => {
    let store: Store;
    before(async () => {
      store = await backend.open(tmp.dir);
      (await store.saveArticle(makeArticle('q'), EVENTS));
      // A second article's events must come back too, as parsed Events with their own doc_id.
      (await store.saveArticle(makeArticle('other', 'Another text.'), [makeEvent('other', { type: 'AGREE', cameo: '057', goldstein: 8, quad_class: 1 })]));
    });
    after(async () => (await store.close()));

    for (const [name, filter, expected] of CASES) {
      it(name, async () => {
        const found = (await store.queryEvents(filter)).filter((e) => e.doc_id === 'q').map((e) => e.trigger.text);
        assert.deepEqual(found, expected);
      });
    }

    it('returns full Event records of every article', async () => {
      const agreed = (await store.queryEvents({ type: 'AGREE' }));
      assert.equal(agreed.length, 1);
      assert.equal(agreed[0].doc_id, 'other');
      assert.deepEqual((await store.queryEvents({ actor: 'abidjan' })), [EVENTS[2]]);
    });

    for (const [filter, message] of [
      [{ since: '03/2020' }, /invalid since date '03\/2020'/],
      [{ until: '2020-3' }, /invalid until date/],
      [{ limit: -1 }, /invalid limit -1/],
      [{ offset: 1.5 }, /invalid offset 1.5/],
    ] as const) {
      it(`rejects ${JSON.stringify(filter)}`, async () => {
        await assert.rejects(async () => (await store.queryEvents(filter)), message);
      });
    }
  });
}
