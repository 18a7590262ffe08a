import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import type * as StoreModule from '../src/store/index.ts';
import type * as IncidentsLink from '../src/store/incidents-link.ts';

// One linking of a store's pending events, in its own process so that its peak RSS is the linking's
// (plus the modules it loads). Prints one JSON line for bench/link-scale.bench.ts.
// usage: node --import tsx bench/link-scale-run.ts STORE.db ROOT (ROOT: the checkout whose src/ links)

const [db, root] = process.argv.slice(2);
const load = async <T>(module: string): Promise<T> => (await import(new URL(`src/${module}.ts`, `file://${root.replace(/\/?$/, '/')}`).href)) as T;
const { openStore } = await load<typeof StoreModule>('store/index');
const { linkPendingEvents } = await load<typeof IncidentsLink>('store/incidents-link');
const store = await openStore(db);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const linked = await linkPendingEvents(store);
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
await store.close();
const maxRssMB = process.resourceUsage().maxRSS / 1024;

// every incident record (by id) and every report's incident: the same hash means the same incidents
const hash = createHash('sha256');
const read = new Database(db, { readonly: true });
for (const row of read.prepare('SELECT id, record_json FROM incidents ORDER BY id').iterate() as Iterable<{ id: string; record_json: string }>) hash.update(`${row.id}\u0000${row.record_json}\n`);
for (const row of read.prepare('SELECT report_key, incident_id FROM incident_reports ORDER BY report_key').iterate() as Iterable<{ report_key: string; incident_id: string }>) hash.update(`${row.report_key}\u0000${row.incident_id}\n`);
read.close();
console.log(JSON.stringify({ seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, maxRssMB, events: linked.events, incidents: linked.incidents, hash: hash.digest('hex').slice(0, 16) }));
