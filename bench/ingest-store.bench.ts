import { mkdirSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Article, Event } from '../src/schema/event.ts';
import { openStore, type SaveItem } from '../src/store/index.ts';

// The ingest's writes alone, on one thread: the articles and events of an earlier bench:ingest database
// saved again, BATCH per saveMany as the ingest does, into a fresh SQLite file. Prints CPU ms per article
// (this thread: the main thread's share of an ingest) and wall ms, so a store change is timed on its own.
// usage: node --import tsx bench/ingest-store.bench.ts FROM.db [ROUNDS]

const [from, rounds = '3'] = process.argv.slice(2);
const BATCH = Number(process.env.BATCH ?? 100);
const source = new Database(from, { readonly: true });
const articles = source.prepare('SELECT id, doc_id, title, published, url, source_path, text, simhash, duplicate_of FROM articles ORDER BY id').all() as Array<Record<string, string | null> & { id: number }>;
const eventsOf = source.prepare('SELECT record_json FROM events WHERE article_id = ? ORDER BY ordinal').pluck();
const items: SaveItem[] = articles.map((a) => ({
  article: { id: a.doc_id!, text: a.text!, title: a.title, published: a.published, ...(a.url ? { url: a.url } : {}) } as Article,
  events: (eventsOf.all(a.id) as string[]).map((json) => JSON.parse(json) as Event),
  meta: { sourcePath: a.source_path ?? undefined, simhash: a.simhash ?? undefined, ...(a.duplicate_of ? { duplicateOf: a.duplicate_of } : {}) },
}));
source.close();
const events = items.reduce((n, item) => n + item.events.length, 0);
mkdirSync(new URL('./out/', import.meta.url), { recursive: true });
const db = new URL('./out/ingest-store-bench.db', import.meta.url).pathname;
for (let round = 0; round < Number(rounds); round++) {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });
  const store = await openStore(db);
  // structured clone: what the main thread receives from a coder thread is a fresh copy each time
  const copies = items.map((item) => structuredClone(item));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let stored = 0;
  for (let i = 0; i < copies.length; i += BATCH) {
    for (const r of await store.saveMany(copies.slice(i, i + BATCH))) if (r.status === 'stored') stored++;
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  await store.close();
  console.log(`round ${round}: ${stored} of ${items.length} articles (${events} events): ${((cpu.user + cpu.system) / 1000 / items.length).toFixed(2)} ms CPU per article (${(cpu.system / 1000 / items.length).toFixed(2)} system), ${(ms / items.length).toFixed(2)} ms wall`);
}
for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });
