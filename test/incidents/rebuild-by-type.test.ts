import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { linkReports } from '../../src/incidents/index.ts';
import { linkNewEvents, linkPendingEvents, relinkAll } from '../../src/store/incidents-link.ts';
import { withIncidentIndex } from '../../src/store/open-incidents.ts';
import type { Store } from '../../src/store/index.ts';
import { SHARED_BACKENDS } from '../store/backends.ts';
import { tempDir } from '../store/event-factory.ts';
import { HIERARCHY, saveReports, type Spec } from './make-report.ts';

// A rebuild links one event type at a time (src/store/incidents-link.ts, to hold one type's events
// in memory, not all): the incidents must be those of one pass over every event, ids included.

const { dir, cleanup } = tempDir('incidents-rebuild-by-type');
after(cleanup);
const options = { hierarchy: HIERARCHY };

// Articles that report events of several types on the same days and places, with the same
// participants, so a linker that mixed types would group them; several reports per type link.
const CORPUS: readonly Spec[] = [
  { doc: 'reuters-1' }, { doc: 'reuters-1', ordinal: 1, type: 'PROTEST', cameo: '141', actor: 'IRQOPP', target: null, place: 'baghdad' },
  { doc: 'ap-1', actor: 'IRQREB', place: 'baghdad' }, { doc: 'ap-1', ordinal: 1, type: 'ACCUSE', cameo: '112', actor: 'USAMIL', target: 'kataib-hezbollah' },
  { doc: 'afp-1', date: '2020-03-12', precision: 'reported', place: 'iraq', killed: [3, 3, 'exact'] },
  { doc: 'afp-1', ordinal: 1, type: 'ACCUSE', cameo: '112', actor: 'USAMIL', target: 'kataib-hezbollah', place: 'iraq' },
  { doc: 'bbc-1', target: null, killed: [3, 3, 'exact'] }, { doc: 'bbc-1', ordinal: 1, type: 'PROTEST', cameo: '141', actor: 'IRQOPP', target: null, place: 'baghdad' },
  { doc: 'bbc-1', ordinal: 2, type: 'THREATEN', cameo: '138', actor: 'USAMIL', target: 'kataib-hezbollah', place: null },
  { doc: 'reuters-2', date: '2020-03-18' }, { doc: 'reuters-2', ordinal: 1, type: 'THREATEN', cameo: '138', actor: 'USAMIL', target: 'kataib-hezbollah', date: '2020-03-18', place: null },
  { doc: 'ap-3', target: 'IRQMIL', place: 'baghdad' }, { doc: 'ap-3', ordinal: 1, type: 'PROTEST', cameo: '141', actor: 'IRQOPP', target: null, place: 'basra' },
  { doc: 'afp-3', target: 'IRQMIL', place: 'baghdad', cameo: '195' }, { doc: 'afp-3', ordinal: 1, type: 'ACCUSE', cameo: '112', actor: 'IRQMIL', target: 'USAMIL', place: 'syria' },
];


/** Incident id → its report keys, as stored, and as one pass of the linker over every stored report gives. */
const storedAndOnePass = (store: Store, previous: ReadonlyMap<string, string>) => withIncidentIndex(store, async (index) => {
  const groups = (pairs: Iterable<readonly [string, string]>) => {
    const out = new Map<string, string[]>();
    for (const [key, id] of pairs) out.set(id, [...(out.get(id) ?? []), key].sort());
    return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
  };
  const onePass = linkReports(await index.allReports(), { ...options, previous });
  return {
    stored: groups(await index.incidentIdsOf()),
    onePass: groups(onePass.flatMap((i) => i.reports.map((r) => [r.key, i.id] as const))),
  };
});

for (const backend of SHARED_BACKENDS) {
  describe(`rebuilding incidents one event type at a time (${backend.name})`, { skip: backend.skip }, () => {
    it('a first link of a fresh store gives the incidents of one pass over every event', async () => {
      const store = await backend.open(dir);
      try {
        await saveReports(store, CORPUS);
        const summary = await linkPendingEvents(store, options);
        const { stored, onePass } = await storedAndOnePass(store, new Map());
        assert.deepEqual(stored, onePass);
        assert.equal(summary.events, CORPUS.length);
        assert.equal(summary.incidents, onePass.size);
        // several types, and several reports linked within some of them
        assert.ok(onePass.size >= 6 && onePass.size < CORPUS.length - 3, `${onePass.size} incidents`);
        const types = await withIncidentIndex(store, (index) => index.eventTypes());
        assert.deepEqual(types, ['ACCUSE', 'ASSAULT', 'PROTEST', 'THREATEN']);
      } finally {
        await store.close();
      }
    });

    it('a rebuild after linking article by article keeps the ids one pass would keep', async () => {
      const store = await backend.open(dir);
      try {
        // linked in an order that leaves some groups different from a rebuild's, and ids to inherit
        for (const doc of ['afp-3', 'bbc-1', 'reuters-2', 'ap-1', 'reuters-1', 'afp-1', 'ap-3']) {
          await linkNewEvents(store, await saveReports(store, CORPUS.filter((s) => s.doc === doc)), options);
        }
        const previous = await withIncidentIndex(store, (index) => index.incidentIdsOf());
        await relinkAll(store, options);
        const { stored, onePass } = await storedAndOnePass(store, previous);
        assert.deepEqual(stored, onePass);
      } finally {
        await store.close();
      }
    });
  });
}
