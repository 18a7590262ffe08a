import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { openStore, type Store } from '../../src/store/index.ts';
import { linkNewEvents, linkPendingEvents, relinkAll } from '../../src/store/incidents-link.ts';
import { openIncidentIndex, withIncidentIndex } from '../../src/store/open-incidents.ts';
import { SHARED_BACKENDS } from '../store/backends.ts';
import { tempDir } from '../store/event-factory.ts';
import { HIERARCHY, saveReports, type Spec } from './make-report.ts';

// Incidents in a store (SQLite file, and PostgreSQL when EVENTLENS_PG_URL is set): a new article
// joins the incidents it tells of without the rest being recomputed, any ingest order gives the
// incidents a rebuild gives, and linkers in turn never lose each other's work.

const { dir, cleanup } = tempDir('incidents-store');
after(cleanup);
const options = { hierarchy: HIERARCHY };

const save = (store: Store, ...specs: Spec[]) => saveReports(store, specs);

const incidentsOf = (store: Store) => withIncidentIndex(store, async (index) => {
  const ids = await index.incidentIdsOf();
  return { ids, incidents: await index.incidents([...new Set(ids.values())]) };
});

// The Camp Taji fixture of link.test.ts, one article per report.
const CORPUS: readonly Spec[] = [
  { doc: 'reuters-1' }, { doc: 'ap-1', actor: 'IRQREB', place: 'baghdad' },
  { doc: 'afp-1', date: '2020-03-12', precision: 'reported', place: 'iraq', killed: [3, 3, 'exact'] },
  { doc: 'bbc-1', target: null, killed: [3, 3, 'exact'] },
  { doc: 'reuters-2', date: '2020-03-18' }, { doc: 'bbc-2', date: '2020-03-18', actor: null },
  { doc: 'ap-3', target: 'IRQMIL', place: 'baghdad' }, { doc: 'afp-3', target: 'IRQMIL', place: 'baghdad', cameo: '195' },
  { doc: 'ap-4', type: 'PROTEST', cameo: '141', actor: 'IRQOPP', target: null, place: 'baghdad' },
];

const partition = (ids: ReadonlyMap<string, string>) => {
  const groups = new Map<string, string[]>();
  for (const [key, id] of ids) groups.set(id, [...(groups.get(id) ?? []), key]);
  return [...groups.values()].map((g) => g.sort().join(' ')).sort();
};

for (const backend of SHARED_BACKENDS) {
  describe(`incidents in a store (${backend.name})`, { skip: backend.skip }, () => {
    it('a new article joins the incident it tells of; an unrelated one starts its own', async () => {
      const store = await backend.open(dir);
      try {
        const first = await linkNewEvents(store, await save(store, { doc: 'reuters-1' }), options);
        assert.deepEqual([first.events, first.created], [1, 1]);
        const { ids: before } = await incidentsOf(store);
        const second = await linkNewEvents(store, await save(store, { doc: 'ap-1', place: 'baghdad', killed: [3, 3, 'exact'] }), options);
        assert.deepEqual([second.events, second.created, second.changed], [1, 0, 1]);
        await linkNewEvents(store, await save(store, { doc: 'afp-9', date: '2020-05-01' }), options);
        const { ids, incidents } = await incidentsOf(store);
        assert.equal(ids.get('ap-1#0'), before.get('reuters-1#0'), 'joined the existing incident, id kept');
        const taji = incidents.find((i) => i.id === ids.get('reuters-1#0'))!;
        assert.deepEqual([taji.num_reports, taji.num_sources, taji.numbers.killed?.value], [2, 2, 3]);
        assert.notEqual(ids.get('afp-9#0'), ids.get('reuters-1#0'));
        // linking the same articles again changes nothing
        assert.equal((await linkNewEvents(store, ['reuters-1', 'ap-1'], options)).events, 0);
      } finally {
        await store.close();
      }
    });

    it('any ingest order gives the incidents a rebuild gives', async () => {
      const orders = [[...CORPUS], [...CORPUS].reverse(), [4, 0, 8, 2, 6, 1, 7, 3, 5].map((i) => CORPUS[i])];
      const results: string[][] = [];
      for (const order of orders) {
        const store = await backend.open(dir);
        try {
          for (const spec of order) await linkNewEvents(store, await save(store, spec), options);
          results.push(partition((await incidentsOf(store)).ids));
          await relinkAll(store, options);
          assert.deepEqual(partition((await incidentsOf(store)).ids), results.at(-1), 'rebuild');
        } finally {
          await store.close();
        }
      }
      assert.deepEqual(results[1], results[0]);
      assert.deepEqual(results[2], results[0]);
      assert.equal(results[0].length, 4);
    });

    it('a report that ties two incidents together merges them; the bigger one keeps its id', async () => {
      const store = await backend.open(dir);
      try {
        // one names the attacker, the other the target: too little in common to link on their own
        await linkNewEvents(store, await save(store, { doc: 'x-1', target: null }, { doc: 'x-2', target: null }), options);
        await linkNewEvents(store, await save(store, { doc: 'y-1', actor: null, place: 'baghdad' }), options);
        const before = (await incidentsOf(store)).ids;
        assert.equal(new Set(before.values()).size, 2);
        // a report naming both ties them together
        const summary = await linkNewEvents(store, await save(store, { doc: 'z-1' }), options);
        const after = (await incidentsOf(store)).ids;
        assert.equal(new Set(after.values()).size, 1, JSON.stringify([...after]));
        assert.equal(summary.removed, 1);
        assert.equal(after.get('y-1#0'), before.get('x-1#0'));
      } finally {
        await store.close();
      }
    });

    it('pending events: a first run links everything at once, later runs only what is new', async () => {
      const store = await backend.open(dir);
      try {
        await save(store, ...CORPUS.slice(0, 5));
        const index = openIncidentIndex(store);
        try {
          assert.equal(await index.countUnlinked(), 5);
          assert.equal((await linkPendingEvents(store, options)).events, 5);
          assert.equal(await index.countUnlinked(), 0);
          await save(store, ...CORPUS.slice(5));
          assert.equal((await linkPendingEvents(store, options)).events, 4);
          assert.equal(await index.countUnlinked(), 0);
          assert.equal(new Set((await index.incidentIdsOf()).values()).size, 4);
        } finally {
          await index.close();
        }
      } finally {
        await store.close();
      }
    });

    it('a commit based on a version another linker has moved is refused, and the linker tries again', async () => {
      const store = await backend.open(dir);
      try {
        await linkNewEvents(store, await save(store, { doc: 'x-1' }), options);
        const index = openIncidentIndex(store);
        try {
          const stale = await index.version();
          await linkNewEvents(store, await save(store, { doc: 'y-1', date: '2021-01-01' }), options);
          assert.equal(await index.commit(stale, { remove: [], write: [] }), false);
          assert.equal(await index.version(), stale + 1);
        } finally {
          await index.close();
        }
      } finally {
        await store.close();
      }
    });

    it('lookups: an incident by id, by report key, and its flat columns', async () => {
      const store = await backend.open(dir);
      try {
        await linkNewEvents(store, await save(store, { doc: 'reuters-1', killed: [3, 3, 'exact'] }, { doc: 'bbc-1', place: 'baghdad' }), options);
        await withIncidentIndex(store, async (index) => {
          const id = (await index.incidentIdsOf(['bbc-1#0'])).get('bbc-1#0')!;
          const incident = (await index.incident(id))!;
          assert.deepEqual(incident.reports.map((r) => r.key), ['bbc-1#0', 'reuters-1#0']);
          const [summary] = await index.summaries([id]);
          assert.deepEqual(summary, { id, type: 'ASSAULT', goldstein: -10, confidence: 0.8, date: '2020-03-11', precision: 'day', actor: 'kataib-hezbollah', target: 'USAMIL' });
          assert.equal(await index.incident('inc-none'), null);
        });
      } finally {
        await store.close();
      }
    });
  });
}

describe('incidents in a store: limits', () => {
  it('a :memory: store has no second connection to link with', async () => {
    const store = await openStore(':memory:');
    try {
      await assert.rejects(linkNewEvents(store, ['x'], options), /incidents need a database file or a postgres:\/\/ URL, not :memory:/);
    } finally {
      await store.close();
    }
  });
});
