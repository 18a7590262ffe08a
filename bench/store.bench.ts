import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { openStore } from '../src/store/index.ts';
import type { EventFilter, Store } from '../src/store/index.ts';
import { EVENTS_PER_ARTICLE, generateBatch } from './store-data.ts';

// Store benchmark: bulk insert rate per backend, then the latency of the common queries on the loaded
// database. 1M synthetic events by default (BENCH_EVENTS=100000 for a quick run); PostgreSQL when
// EVENTLENS_PG_URL is set, in a schema of its own that is dropped at the end.
//   npm run bench:store

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const ARTICLES = Math.ceil(EVENTS / EVENTS_PER_ARTICLE);
const BATCH = 1000;
const RUNS = 15;
const GOAL_MS = 50;

const QUERIES: readonly (readonly [string, (s: Store) => Promise<number>])[] = [
  ['dyad × month count (USA↔IRN)', async (s) => (await s.stats({ period: 'month', by: 'none', filter: { dyad: ['USA', 'IRN'] } })).length],
  ['dyad × month Goldstein, one year', async (s) => (await s.stats({ period: 'month', by: 'dyad', filter: { dyad: ['USA', 'IRN'], since: '2020', until: '2020' } })).length],
  ['stats week × type, one actor, one year', async (s) => (await s.stats({ period: 'week', by: 'type', filter: { actor: 'RUSMIL', since: '2022', until: '2022' } })).length],
  ['events: type + one month', (s) => rows(s, { type: 'PROTEST', since: '2019-06', until: '2019-06' })],
  ['events: actor code, latest first', (s) => rows(s, { actor: 'IRNGOV', sort: '-date' })],
  ['events: target code + certainty', (s) => rows(s, { target: 'UKR', certainty: 'claimed' })],
  ['events: dyad, page 3', (s) => rows(s, { dyad: ['RUS', 'UKR'], offset: 200 })],
  ['events: CAMEO root + min confidence', (s) => rows(s, { cameoRoot: '19', minConfidence: 0.9 })],
  ['events: country', (s) => rows(s, { country: 'SDN' })],
  ['events: within 100 km', (s) => rows(s, { near: { lat: 33.3, lon: 44.4, km: 100 } })],
  ['events: source speaker code', (s) => rows(s, { source: 'SYRGOV', since: '2023' })],
  ['events: full text + type', (s) => rows(s, { text: 'pipeline embassy', type: 'SANCTION' })],
  ['events: first page, no filter', (s) => rows(s, {})],
  ['events: actor name substring (scan)', (s) => rows(s, { actor: 'actor venmil' })],
  ['count: type', (s) => s.countEvents({ type: 'ASSAULT' })],
  ['count: all', (s) => s.countEvents()],
  ['search articles', async (s) => (await s.searchArticles({ text: 'refugees convoy', limit: 20 })).length],
  ['actors matching a name', async (s) => (await s.listActors({ text: 'venmil', limit: 20 })).length],
];

async function rows(store: Store, filter: EventFilter): Promise<number> {
  return (await store.queryEvents({ limit: 100, ...filter })).length;
}

interface Backend { readonly name: string; readonly url: string; readonly cleanup: () => Promise<void> }

function backends(): Backend[] {
  const dir = new URL('./out/', import.meta.url).pathname;
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'store-bench.db');
  const removeFile = async (): Promise<void> => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  };
  const list: Backend[] = [{ name: 'sqlite', url: file, cleanup: removeFile }];
  const base = process.env.EVENTLENS_PG_URL;
  if (base) {
    const schema = `eventlens_bench_${process.pid}`;
    const url = new URL(base);
    url.searchParams.set('schema', schema);
    list.push({
      name: 'postgres', url: url.toString(), cleanup: async () => {
        const client = new pg.Client({ connectionString: base });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.end();
      },
    });
  } else {
    console.log('EVENTLENS_PG_URL is not set: PostgreSQL is not benchmarked');
  }
  return list;
}

async function load(store: Store): Promise<{ seconds: number; events: number }> {
  const start = performance.now();
  let events = 0;
  for (let a = 0; a < ARTICLES; a += BATCH) {
    const results = await store.saveMany(generateBatch(a, Math.min(BATCH, ARTICLES - a)));
    for (const r of results) {
      if (r.status === 'failed') throw r.error;
      events += r.events;
    }
    if ((a / BATCH) % 20 === 19) process.stdout.write(`  … ${events.toLocaleString('en')} events\n`);
  }
  return { seconds: (performance.now() - start) / 1000, events };
}

async function time(store: Store, query: (s: Store) => Promise<number>): Promise<{ median: number; p95: number; rows: number }> {
  const rows = await query(store); // warm-up: statement caches, pages in memory
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await query(store);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], p95: times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)], rows };
}

console.log(`store benchmark: ${EVENTS.toLocaleString('en')} events in ${ARTICLES.toLocaleString('en')} articles, batches of ${BATCH} articles`);
for (const backend of backends()) {
  await backend.cleanup();
  const store = await openStore(backend.url);
  try {
    console.log(`\n${backend.name}: loading…`);
    const { seconds, events } = await load(store);
    console.log(`${backend.name}: bulk insert ${Math.round(events / seconds).toLocaleString('en')} events/s, `
      + `${Math.round(ARTICLES / seconds).toLocaleString('en')} articles/s (${seconds.toFixed(1)} s for ${events.toLocaleString('en')} events, validation included)`);
    console.log(`${'query'.padEnd(42)} ${'median'.padStart(9)} ${'p95'.padStart(9)} ${'rows'.padStart(6)}`);
    for (const [name, query] of QUERIES) {
      const t = await time(store, query);
      console.log(`${name.padEnd(42)} ${`${t.median.toFixed(1)} ms`.padStart(9)} ${`${t.p95.toFixed(1)} ms`.padStart(9)} ${String(t.rows).padStart(6)}`);
    }
    const goal = await time(store, QUERIES[0][1]);
    console.log(`goal: dyad × month count < ${GOAL_MS} ms → ${goal.median.toFixed(1)} ms ${goal.median < GOAL_MS ? 'met' : 'NOT met'}`);
  } finally {
    await store.close();
    await backend.cleanup();
  }
}
