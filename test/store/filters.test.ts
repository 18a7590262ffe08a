import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Event } from '../../src/schema/event.ts';
import type { EventFilter, Store } from '../../src/store/index.ts';
import { actor, makeArticle, makeEvent, tempDir } from './event-factory.ts';
import { BACKENDS } from './backends.ts';

const tmp = tempDir('filters');
after(tmp.cleanup);

const place = (name: string, country: string, lat: number, lon: number, id?: string): Event['location'] =>
  ({ text: name, name, country, lat, lon, span: [0, name.length], precision: 'city', ...(id ? { id } : {}) });
const day = (value: string): Event['date'] => ({ value, precision: value.length === 10 ? 'day' : 'month', text: value, span: null });
const outlet: Event['provenance'] = { source: 'outlet', reporting_verb: null, certainty: 'asserted', quote: null };
const said = (name: string, code: string): Event['provenance'] =>
  ({ source: actor(name, code), reporting_verb: 'said', certainty: 'claimed', quote: null });

// Each event is named by its trigger text, so expectations read as lists of names.
function ev(doc: string, name: string, fields: Partial<Event>): Event {
  return makeEvent(doc, { ...fields, trigger: { text: name, span: [0, name.length] } });
}

const ARTICLES: readonly [string, string, string, readonly Event[]][] = [
  ['f1', 'Shelling in Kharkiv', 'Russian artillery shelled Kharkiv overnight, Ukrainian officials said.', [
    ev('f1', 'A', { type: 'ASSAULT', cameo: '190', goldstein: -10, actor: actor('Russian forces', 'RUSMIL'), target: actor('Ukraine', 'UKR'),
      date: day('2022-03-01'), location: place('Kharkiv', 'UKR', 49.99, 36.23, 'geonames:706483'), provenance: outlet, confidence: 0.9 }),
    ev('f1', 'B', { type: 'ACCUSE', cameo: '112', goldstein: -2, quad_class: 3, actor: actor('Ukrainian government', 'UKRGOV'), target: actor('Russia', 'RUS'),
      date: day('2022-03-02'), location: place('Kyiv', 'UKR', 50.45, 30.52), provenance: said('the Ukrainian ministry', 'UKRGOV'), confidence: 0.6 }),
  ]],
  ['f2', 'Geneva talks', 'Iran and the United States held talks in Geneva about sanctions.', [
    ev('f2', 'C', { type: 'CONSULT', cameo: '036', goldstein: 4, quad_class: 1, actor: actor('United States', 'USA'), target: actor('Iran', 'IRN'),
      date: day('2022-04-10'), location: place('Geneva', 'CHE', 46.2, 6.14), provenance: outlet, confidence: 0.7 }),
    ev('f2', 'D', { type: 'SANCTION', cameo: '163', goldstein: -8, quad_class: 4, actor: actor('United States', 'USA'), target: actor('Iran', 'IRN'),
      date: day('2022-04'), location: null, provenance: said('the Treasury', 'USAGOV'), confidence: 0.5 }),
    ev('f2', 'E', { type: 'THREATEN', cameo: '138', goldstein: -7, quad_class: 4, actor: actor('Iran', 'IRN'), target: actor('United States', 'USA'),
      date: day('2022-05-20'), location: null, provenance: outlet, confidence: 0.4 }),
  ]],
  ['f3', 'Fuel protest', 'Protesters marched in Lagos against fuel prices.', [
    ev('f3', 'F', { type: 'PROTEST', cameo: '141', goldstein: -6.5, quad_class: 3, actor: actor('Protesters', null), target: actor('Nigerian government', 'NGAGOV'),
      date: null, location: place('Lagos', 'NGA', 6.45, 3.39), provenance: outlet, confidence: 0.8 }),
  ]],
];

const CASES: readonly (readonly [string, EventFilter, string])[] = [
  ['default order: date, undated last', {}, 'A B D C E F'],
  ['CAMEO root', { cameoRoot: '19' }, 'A'],
  ['CAMEO root with a leading zero', { cameoRoot: '03' }, 'C'],
  ['dyad, either direction', { dyad: ['USA', 'IRN'] }, 'D C E'],
  ['dyad, the other way round', { dyad: ['IRN', 'USA'] }, 'D C E'],
  ['dyad is by code', { dyad: ['USA', 'Iran'] }, ''],
  ['country of the place, or of a code', { country: 'UKR' }, 'A B'],
  ['country by actor and target codes', { country: 'usa' }, 'D C E'],
  ['country: place and target code prefix', { country: 'NGA' }, 'F'],
  ['country of the place only', { country: 'CHE' }, 'C'],
  ['one place by its id, not its country', { place: 'geonames:706483' }, 'A'],
  ['a code matches its sub-codes (3-letter blocks)', { target: 'NGA' }, 'F'],
  ['dyad codes match their sub-codes', { dyad: ['UKR', 'RUS'] }, 'A B'],
  ['a sub-code does not match its parent', { actor: 'USAGOV' }, ''],
  ['within 50 km of Kharkiv', { near: { lat: 50.0, lon: 36.25, km: 50 } }, 'A'],
  ['within 500 km of Kyiv', { near: { lat: 50.45, lon: 30.52, km: 500 } }, 'A B'],
  ['within 10 km of Lagos', { near: { lat: 6.5, lon: 3.4, km: 10 } }, 'F'],
  ['source: the outlet itself', { source: 'outlet' }, 'A C E F'],
  ['source by speaker code', { source: 'UKRGOV' }, 'B'],
  ['source by speaker name, any case', { source: 'TREASURY' }, 'D'],
  ['min confidence', { minConfidence: 0.7 }, 'A C F'],
  ['full text: a word (stemmed)', { text: 'shelling' }, 'A B'],
  ['full text: all words', { text: 'iran sanctions' }, 'D C E'],
  ['full text: OR', { text: 'kharkiv OR lagos' }, 'A B F'],
  ['full text: a phrase', { text: '"held talks"' }, 'D C E'],
  ['full text: a phrase in the wrong order', { text: '"talks held"' }, ''],
  ['full text: excluded word', { text: 'protesters -geneva' }, 'F'],
  ['full text: excluded word matches', { text: 'geneva -iran' }, ''],
  ['full text with other filters', { text: 'geneva', type: 'THREATEN' }, 'E'],
  ['doc id', { docId: 'f3' }, 'F'],
  ['sort -date', { sort: '-date' }, 'E C D B A F'],
  ['sort goldstein', { sort: 'goldstein' }, 'A D E F B C'],
  ['sort -goldstein', { sort: '-goldstein' }, 'C B F E D A'],
  ['sort -confidence', { sort: '-confidence' }, 'A F C B D E'],
  ['sort confidence', { sort: 'confidence' }, 'E D B C F A'],
  ['paging', { sort: '-date', limit: 2, offset: 2 }, 'D B'],
  ['limit 0', { limit: 0 }, ''],
];

const INVALID: readonly (readonly [EventFilter, RegExp])[] = [
  [{ cameoRoot: '1' }, /invalid CAMEO root '1'/],
  [{ country: 'UK' }, /invalid country 'UK'/],
  [{ near: { lat: 91, lon: 0, km: 5 } }, /invalid place radius/],
  [{ near: { lat: 0, lon: 0, km: 0 } }, /invalid place radius/],
  [{ minConfidence: 2 }, /invalid min confidence 2/],
  [{ limit: 10_001 }, /invalid limit 10001/],
  [{ sort: 'newest' as EventFilter['sort'] }, /invalid sort 'newest'/],
  [{ type: 'ATTACK' }, /invalid type 'ATTACK' \(one of AGREE/],
  [{ certainty: 'maybe' }, /invalid certainty 'maybe'/],
  [{ text: '!!!' }, /invalid text search '!!!': no words/],
  [{ text: '-iran' }, /only excluded words/],
  [{ dyad: ['USA', ''] }, /invalid dyad/],
];

for (const backend of BACKENDS) {
  describe(`event filters (${backend.name})`, { skip: backend.skip }, () => {
    let store: Store;
    before(async () => {
      store = await backend.open(tmp.dir);
      for (const [id, title, text, events] of ARTICLES) await store.saveArticle(makeArticle(id, text, { title }), events);
    });
    after(async () => store.close());

    for (const [name, filter, expected] of CASES) {
      it(name, async () => {
        const found = (await store.queryEvents(filter)).map((e) => e.trigger.text).join(' ');
        assert.equal(found, expected);
        if (filter.limit === undefined) assert.equal(await store.countEvents(filter), found === '' ? 0 : found.split(' ').length);
      });
    }

    for (const [filter, message] of INVALID) {
      it(`rejects ${JSON.stringify(filter)}`, async () => {
        await assert.rejects(store.queryEvents(filter), message);
        // countEvents ignores paging and order, so only the filters proper are checked there.
        if (filter.limit === undefined && filter.sort === undefined) await assert.rejects(store.countEvents(filter), message);
      });
    }
  });
}
