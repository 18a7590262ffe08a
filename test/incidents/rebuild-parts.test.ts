import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { linkReports, reconcile, type Incident } from '../../src/incidents/index.ts';
import { linkPendingEvents } from '../../src/store/incidents-link.ts';
import { PART_EVENTS, rebuild } from '../../src/store/incidents-rebuild.ts';
import { withIncidentIndex } from '../../src/store/open-incidents.ts';
import type { Store } from '../../src/store/index.ts';
import { SHARED_BACKENDS } from '../store/backends.ts';
import { tempDir } from '../store/event-factory.ts';
import { HIERARCHY, saveReports, type Spec } from './make-report.ts';

// A rebuild loads the events of a few linked components at a time (src/store/incidents-rebuild.ts):
// on a store whose largest type has more events than one part holds, and with tiny parts, the stored
// incidents must be those of one pass over every event, records and ids included.

const { dir, cleanup } = tempDir('incidents-rebuild-parts');
after(cleanup);

// Real events told by several articles, each article telling several of them: days, weeks, years and
// publication dates, places and none (a loose mention, compared with its whole article), actors named,
// broader or missing, tolls that agree or not.
function corpus(events: number): Spec[] {
  let seed = 7;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const places = ['taji', 'balad', 'baghdad', 'basra', 'anbar', 'iraq', 'syria', 'kharkiv', null] as const;
  const kinds = [['ASSAULT', '190'], ['ASSAULT', '195'], ['ASSAULT', '193'], ['PROTEST', '141'], ['ACCUSE', '112']] as const;
  const actors = ['kataib-hezbollah', 'IRQREB', 'IRQMIL', 'USAMIL', 'iskp', null] as const;
  const truths = Array.from({ length: Math.ceil(events / 3) }, () => {
    const [type, cameo] = kinds[Math.floor(kinds.length * random() ** 2)];
    const day = 1 + Math.floor(random() * 20);
    return { type, cameo, place: pick(places), day, actor: pick(actors), target: pick(actors), killed: Math.floor(random() * 4) };
  });
  const specs: Spec[] = [];
  for (let doc = 0; specs.length < events; doc++) {
    const told = 1 + Math.floor(random() * 6);
    const name = `${pick(['reuters', 'ap', 'afp', 'bbc', 'aljazeera'])}-${doc}`;
    for (let ordinal = 0; ordinal < told && specs.length < events; ordinal++) {
      const t = pick(truths);
      const p = random();
      const precision = p < 0.6 ? 'day' : p < 0.8 ? 'reported' : p < 0.93 ? 'week' : p < 0.98 ? 'month' : 'year';
      const day = t.day + (random() < 0.1 ? 1 : 0);
      const date = precision === 'month' ? '2020-03' : precision === 'year' ? '2020' : `2020-03-${String(day).padStart(2, '0')}`;
      // two events of one sentence (one trigger): one mention naming two targets
      const trigger = random() < 0.15 && ordinal > 0 ? [(ordinal - 1) * 100, (ordinal - 1) * 100 + 8] as const : undefined;
      specs.push({
        doc: name, ordinal, type: t.type, cameo: random() < 0.2 ? '190' : t.cameo,
        actor: random() < 0.2 ? pick(actors) : t.actor, target: t.target, date, precision, dateText: random() < 0.05 ? 'Tuesday night' : undefined,
        place: random() < 0.15 ? pick(places) : t.place, killed: t.killed > 0 && random() < 0.7 ? [t.killed, t.killed, 'exact'] : undefined,
        certainty: random() < 0.05 ? 'planned' : undefined, trigger,
      });
    }
  }
  return specs;
}

const EVENTS = Math.ceil(PART_EVENTS * 1.5);
const SPECS = corpus(EVENTS);

/** Every stored incident record by id, and the records of one pass of the linker over every stored event. */
const storedAndOnePass = (store: Store, previous: ReadonlyMap<string, string>) => withIncidentIndex(store, async (index) => {
  const byId = (incidents: Incident[]) => new Map(incidents.map((i) => [i.id, JSON.stringify(i)] as const).sort(([a], [b]) => (a < b ? -1 : 1)));
  const onePass = linkReports(await index.allReports(), { hierarchy: HIERARCHY, previous }).map(reconcile);
  const ids = [...(await index.incidentIdsOf()).values()];
  return { stored: byId(await index.incidents([...new Set(ids)])), onePass: byId(onePass) };
});

for (const backend of SHARED_BACKENDS) {
  describe(`a rebuild by parts (${backend.name})`, { skip: backend.skip, timeout: 170_000 }, () => {
    it('gives the incidents of one pass, with parts of the default size and tiny ones', async () => {
      const store = await backend.open(dir);
      try {
        await saveReports(store, SPECS);
        const first = await linkPendingEvents(store, { hierarchy: HIERARCHY });
        assert.equal(first.events, EVENTS);
        const fresh = await storedAndOnePass(store, new Map());
        assert.equal(fresh.stored.size, fresh.onePass.size);
        assert.deepEqual(fresh.stored, fresh.onePass);
        // more than one part's events in the largest type (and more than a PostgreSQL scan page: 500 rows), and incidents of several reports
        const assaults = SPECS.filter((s) => s.type === 'ASSAULT').length;
        assert.ok(assaults > PART_EVENTS, `${assaults} ASSAULT events`);
        assert.ok(fresh.onePass.size < EVENTS * 0.6 && fresh.onePass.size > EVENTS / 20, `${fresh.onePass.size} incidents of ${EVENTS} events`);

        // again with parts of a few events: every component boundary is a part boundary
        const previous = await withIncidentIndex(store, (index) => index.incidentIdsOf());
        const again = await withIncidentIndex(store, (index) => rebuild(index, HIERARCHY, { partEvents: 5 }));
        assert.equal(again.events, EVENTS);
        assert.equal(again.created, 0);
        const tiny = await storedAndOnePass(store, previous);
        assert.deepEqual(tiny.stored, tiny.onePass);
        assert.deepEqual(tiny.stored, fresh.stored);
      } finally {
        await store.close();
      }
    });
  });
}
