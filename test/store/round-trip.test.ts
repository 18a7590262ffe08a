import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { Event } from '../../src/schema/event.ts';
import { exportEvents, FORMAT_NAMES, FORMATS, importEvents } from '../../src/export/index.ts';
import type { FormatName } from '../../src/export/index.ts';
import type { Store } from '../../src/store/index.ts';
import { actor, makeArticle, makeEvent, tempDir } from './event-factory.ts';
import { BACKENDS } from './backends.ts';

const tmp = tempDir('round-trip');
after(tmp.cleanup);

// Values that break naive writers: separators, quotes, line breaks and tabs, non-ASCII, nulls.
const tricky = 'He said: "retreat, now"\tor\nnever — Türkiye';
const MENTIONS: Event['mentions'] = [
  { sentence: 'The US army threatened Iran.', span: [0, 28], trigger: { text: 'threatened', span: [12, 22] } },
  // each mention keeps who says so there (its source, verb, certainty and quotation, with their offsets)
  { sentence: tricky, span: [29, 29 + tricky.length], trigger: { text: 'retreat', span: [39, 46] },
    provenance: { source: actor('He', 'IRNGOV', [29, 31]), reporting_verb: 'said', certainty: 'claimed', quote: { text: tricky.slice(9, 31), span: [38, 60] } } },
];
const ARTICLES: readonly [Parameters<typeof makeArticle>, readonly Event[], string][] = [
  [['a1', 'Text one.', { title: 'Shelling, "again"', url: 'https://example.org/a?x=1,2' }], [
    makeEvent('a1'),
    makeEvent('a1', {
      type: 'ACCUSE', cameo: '112', goldstein: -2, quad_class: 3, actor: actor(tricky, null), target: null,
      date: { value: '2020-03', precision: 'month', text: 'in March', span: [3, 11] },
      location: null,
      provenance: { source: actor('the ministry', 'UKRGOV'), reporting_verb: 'said', certainty: 'claimed', quote: { text: tricky, span: [5, 9] } },
      evidence: { sentence: tricky, span: [500, 540] },
    }),
  ], '2021-01-02T03:04:05.000Z'],
  [['a2', 'Text two.', { title: null, url: null, published: null }], [
    makeEvent('a2', { date: null, location: { text: 'Ohio', name: 'Ohio', country: 'USA', lat: 40.4, lon: -82.7, span: [0, 4], precision: 'region', id: '5165418' } }),
  ], '2021-02-03T04:05:06.000Z'],
  [['a3', 'Text three.', { published: '2020-04-01' }], [
    // one event stated in two sentences (in-article coreference): its mentions travel with it
    makeEvent('a3', { cameo: '1384', type: 'THREATEN', goldstein: -7, date: null, actor: actor('US army', 'USAMIL'), target: actor('Iran', 'IRN'), mentions: MENTIONS }),
    makeEvent('a3', { type: 'PROTEST', cameo: '145', goldstein: -7.5, quad_class: 3, date: { value: '2020', precision: 'year', text: '2020', span: null } }),
    // "Chad and Cameroon deployed forces against Boko Haram and ISWAP": one event, its coordinated participants listed
    makeEvent('a3', {
      type: 'MOBILIZE', cameo: '152', goldstein: -7.2, quad_class: 4,
      actor: actor('Chad', 'TCD'), actors: [actor('Chad', 'TCD'), actor(tricky, 'CMR', [9, 17])],
      target: actor('Boko Haram', 'boko-haram', [40, 50]), targets: [actor('Boko Haram', 'boko-haram', [40, 50]), actor('ISWAP', null, [55, 60])],
    }),
  ], '2021-03-04T05:06:07.000Z'],
];

async function filled(store: Store): Promise<Store> {
  for (const [args, events, ingestedAt] of ARTICLES) await store.saveArticle(makeArticle(...args), events, { ingestedAt });
  await store.saveArticle(makeArticle('no-events'), []);
  return store;
}

async function exported(store: Store, format: FormatName, record = true): Promise<string> {
  let out = '';
  await exportEvents(store, FORMATS[format], (text) => { out += text; }, { record });
  return out;
}

// Small chunks, so a record split across reads is exercised.
async function* chunked(text: string, size = 7): AsyncIterable<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

for (const backend of BACKENDS) {
  describe(`export → import → export (${backend.name})`, { skip: backend.skip }, () => {
    for (const format of FORMAT_NAMES) {
      it(`${format}: the second export is identical, and the events are the same records`, async () => {
        const source = await filled(await backend.open(tmp.dir));
        const first = await exported(source, format);
        const target = await backend.open(tmp.dir);
        const errors: string[] = [];
        const tally = await importEvents(target, chunked(first), { source: `x.${format}`, onError: (m) => errors.push(m) });
        assert.deepEqual(errors, []);
        assert.deepEqual(tally, { stored: 3, duplicate: 0, events: 6, failed: 0, format });
        assert.equal(await exported(target, format), first);
        assert.deepEqual(await target.queryEvents(), await source.queryEvents());
        assert.deepEqual((await target.queryEvents()).find((e) => e.type === 'THREATEN')?.mentions, MENTIONS, 'mentions survive the trip');
        const again = await importEvents(target, chunked(first), { source: 'x', onError: assert.fail });
        assert.deepEqual([again.stored, again.duplicate, again.events], [0, 3, 0], 'importing twice stores nothing twice');
        await Promise.all([source.close(), target.close()]);
      });
    }
  });
}

describe('export across backends', { skip: BACKENDS[2].skip }, () => {
  it('SQLite → PostgreSQL → the same files', async () => {
    const sqlite = await filled(await BACKENDS[0].open(tmp.dir));
    const postgres = await BACKENDS[2].open(tmp.dir);
    await importEvents(postgres, chunked(await exported(sqlite, 'csv')), { source: 'x', onError: assert.fail });
    for (const format of FORMAT_NAMES) assert.equal(await exported(postgres, format), await exported(sqlite, format), format);
    await Promise.all([sqlite.close(), postgres.close()]);
  });
});
