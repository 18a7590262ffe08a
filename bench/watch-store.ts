import { existsSync } from 'node:fs';
import { anchorId, blockCountry, dateWindow, reconcile } from '../src/incidents/index.ts';
import { loadActorHierarchy } from '../src/store/incidents-actors.ts';
import type { StoredReport } from '../src/store/incidents-index.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { openIncidentIndex } from '../src/store/open-incidents.ts';
import { EVENTS_PER_ARTICLE, generateBatch } from './store-data.ts';

// The SQLite file `npm run bench:watch` evaluates rules over: `events` synthetic events (bench:store's
// generator: skewed actors and dyads over ten years, 2015-2024) stored as articles, and an incident per
// event written beside them — the most incidents a store of that size can hold, the worst case for a
// watch run (the linker would merge some; linking 1M events is bench:incidents' subject, not this one).
// Made once per path: a file that already holds them is reused, one cut short is filled on (it is a
// generated file, never committed).

const BATCH = 1000;

export async function watchBenchStore(path: string, events: number, log: (line: string) => void): Promise<Store> {
  const articles = Math.ceil(events / EVENTS_PER_ARTICLE);
  const fresh = !existsSync(path);
  const store = await openStore(path);
  // a file this bench made before: reused when it holds enough, else filled on from where it stopped
  const have = fresh ? 0 : await store.countArticles();
  if (have > 0 && await store.getArticle('bench-0') === null) throw new Error(`${path} holds other data: give --db a new path`);
  if (have >= articles) {
    log(`reusing ${path}: ${(await store.countEvents()).toLocaleString('en')} events`);
    return store;
  }
  const started = performance.now();
  const index = openIncidentIndex(store);
  const hierarchy = loadActorHierarchy();
  try {
    for (let a = have; a < articles; a += BATCH) {
      const n = Math.min(BATCH, articles - a);
      for (const r of await store.saveMany(generateBatch(a, n))) if (r.status === 'failed') throw r.error;
      const reports = await index.reportsOfArticles(Array.from({ length: n }, (_, i) => `bench-${a + i}`));
      if (!await index.commit(await index.version(), { remove: [], write: reports.map((r) => alone(r, hierarchy)) })) throw new Error('incident commit lost a race');
      if ((a / BATCH) % 10 === 9) log(`  … ${((a + n) * EVENTS_PER_ARTICLE).toLocaleString('en')} events stored`);
    }
  } finally {
    await index.close();
  }
  log(`stored ${(articles * EVENTS_PER_ARTICLE).toLocaleString('en')} events and their incidents in ${((performance.now() - started) / 1000).toFixed(1)} s → ${path}`);
  return store;
}

// One report as its own incident, written as the linker writes one (incidents-link.ts).
function alone(r: StoredReport, hierarchy: ReturnType<typeof loadActorHierarchy>) {
  const w = dateWindow(r.event.date);
  return {
    incident: reconcile({ id: anchorId(r.key), reports: [r], links: new Map() }),
    reports: [{ rowId: r.rowId, key: r.key, type: r.event.type, country: blockCountry(r.event, (code) => hierarchy.up.get(code) ?? []), dayStart: w?.start ?? null, dayEnd: w?.end ?? null }],
  };
}
