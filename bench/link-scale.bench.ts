import { spawnSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import Database from 'better-sqlite3';

// `npm run bench:link -- STORE.db [--copies 1,2,4] [--root DIR] [--heap MB]`: the incident linking after an ingest
// alone, at growing store sizes. STORE is a store that `npm run bench:ingest` left (bench/out/ingest-5000.db);
// each size is that store with its articles copied under new doc_ids (the same days and places, so
// each block gets denser, as a larger corpus of the same period does), its incidents dropped, then
// linked as `eventlens ingest` does (a fresh store's rebuild) in a process of its own: seconds, CPU,
// peak RSS, and a hash of every incident record and report link (the same hash = the same incidents).
// --root links with another checkout's src/ (an older commit's, to compare in the same minutes); --heap
// caps V8's old space (--max-old-space-size): a linking that completes under a small cap holds little,
// whatever its RSS (V8 lets a heap full of garbage grow while memory is free).

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const source = args[0];
if (source === undefined || source.startsWith('--')) throw new Error('usage: bench/link-scale.bench.ts STORE.db [--copies 1,2,4] [--root DIR]');
const copies = (flag('--copies') ?? '1,2,4').split(',').map(Number);
const root = flag('--root') ?? new URL('../', import.meta.url).pathname;
const heap = flag('--heap');

console.log(`load average at start: ${loadavg().map((l) => l.toFixed(1)).join(' ')}; linking with ${root}src${heap === undefined ? '' : `, old space capped at ${heap} MB`}`);
console.log('copies   events  incidents   link s   CPU s  peak RSS MB  hash');
for (const n of copies) {
  const db = `${source.replace(/\.db$/, '')}-x${n}.db`;
  const events = multiply(source, db, n);
  const run = spawnSync(process.execPath, [...(heap === undefined ? [] : [`--max-old-space-size=${heap}`]), '--import', 'tsx', new URL('./link-scale-run.ts', import.meta.url).pathname, db, root], { encoding: 'utf8', maxBuffer: 16 << 20 });
  if (run.status !== 0) throw new Error(`linking ${db} failed:\n${run.stderr}`);
  const r = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
  console.log([String(n).padStart(6), String(events).padStart(8), String(r.incidents).padStart(10), r.seconds.toFixed(1).padStart(8), r.cpuSeconds.toFixed(1).padStart(7), r.maxRssMB.toFixed(0).padStart(12), ` ${r.hash}`].join(' '));
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });
}
console.log(`load average at end: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);

// The store `n` times over: copy k of an article gets doc_id "<doc_id>~k"; no incidents, linking version 0.
function multiply(from: string, to: string, n: number): number {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${to}${suffix}`, { force: true });
  const src = new Database(from, { readonly: true });
  src.pragma('wal_checkpoint(PASSIVE)');
  src.close();
  copyFileSync(from, to);
  const db = new Database(to);
  const columns = (table: string) => (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[]).filter((c) => c !== 'id');
  const articleColumns = columns('articles');
  const eventColumns = columns('events');
  db.transaction(() => {
    db.exec('DELETE FROM incident_reports; DELETE FROM incidents; UPDATE incident_state SET version = 0');
    const last = Number(db.prepare('SELECT max(id) FROM articles').pluck().get());
    for (let k = 1; k < n; k++) {
      const renamed = (c: string) => (c === 'doc_id' ? `doc_id || '~${k}'` : c === 'content_hash' ? `content_hash || '~${k}'` : c === 'duplicate_of' ? 'NULL' : c);
      db.exec(`INSERT INTO articles (${articleColumns.join(', ')}) SELECT ${articleColumns.map(renamed).join(', ')} FROM articles WHERE id <= ${last} ORDER BY id`);
      const eventValue = (c: string) => (c === 'article_id' ? 'c.id' : c === 'record_json' ? `json_set(e.record_json, '$.doc_id', a.doc_id || '~${k}')` : `e.${c}`);
      db.exec(`INSERT INTO events (${eventColumns.join(', ')}) SELECT ${eventColumns.map(eventValue).join(', ')}
        FROM events e JOIN articles a ON a.id = e.article_id JOIN articles c ON c.doc_id = a.doc_id || '~${k}' WHERE a.id <= ${last} ORDER BY e.id`);
    }
  })();
  const events = Number(db.prepare('SELECT count(*) FROM events').pluck().get());
  db.close();
  return events;
}
