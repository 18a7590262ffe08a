// `npm run bench:serve`: fills a temporary SQLite database with 100,000 synthetic events through
// store.saveMany, starts the real server on loopback, and times the endpoints the dashboard calls.
// EVENTLENS_BENCH_EVENTS=20000 for a quicker run. Results also go to bench/out/serve.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from '../src/serve/index.ts';
import { openStore } from '../src/store/index.ts';
import { fillSyntheticStore } from './serve-synthetic.ts';

const EVENTS = Number(process.env.EVENTLENS_BENCH_EVENTS ?? 100_000);
const PER_ARTICLE = 10;
const RUNS = 20;

const dir = mkdtempSync(join(tmpdir(), 'eventlens-bench-serve-'));
const store = await openStore(join(dir, 'bench.db'));
try {
  let started = performance.now();
  await fillSyntheticStore(store, EVENTS, PER_ARTICLE);
  const fillSeconds = (performance.now() - started) / 1000;
  process.stdout.write(`filled ${await store.countEvents()} events in ${await store.countArticles()} articles: ${fillSeconds.toFixed(1)} s\n\n`);

  // Two servers on one store: without the aggregate cache (what a new query costs) and with it
  // (a reload, a shared link, the back button).
  const coder = async () => { throw new Error('not used'); };
  const token = 'bench-token-0123456789abcdef'; // reads need none
  const app = await createServer({ store, webRoot: null, coder, token, cacheAggregates: false });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const cachedApp = await createServer({ store, webRoot: null, coder, token });
  const cachedBase = await cachedApp.listen({ host: '127.0.0.1', port: 0 });
  const endpoints = [
    '/health',
    '/events?limit=50',
    '/events?limit=50&offset=90000',
    '/events?type=ASSAULT&limit=50',
    '/events?country=UKR&since=2024-01&until=2024-06&limit=50',
    '/events?actor=Iran&certainty=claimed&limit=50',
    '/events?text=Kharkiv&limit=50',
    '/events?sort=goldstein&limit=50',
    '/stats?period=day&by=type',
    '/stats?period=week&by=none&dyad=USA,IRN',
    '/network?edges=40',
    '/places',
    '/places?type=ASSAULT&since=2024-06',
    '/actors?limit=300',
    '/articles?q=Goma',
    '/articles/synthetic-5000',
  ];
  const time = async (url: string) => {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < RUNS + 2; i++) {
      started = performance.now();
      const response = await fetch(url);
      const body = await response.arrayBuffer();
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${Buffer.from(body).toString()}`);
      if (i >= 2) times.push(performance.now() - started); // two warm-up calls
      bytes = body.byteLength;
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
    return { median: at(0.5), p95: at(0.95), max: times.at(-1)!, kb: bytes / 1024 };
  };
  const results: { endpoint: string; median: number; p95: number; max: number; kb: number; cachedMedian: number }[] = [];
  for (const endpoint of endpoints) {
    const cold = await time(base + endpoint);
    const warm = await time(cachedBase + endpoint);
    results.push({ endpoint, ...cold, cachedMedian: warm.median });
  }
  await app.close();
  await cachedApp.close();
  const pad = (s: string, n: number) => s.padEnd(n);
  process.stdout.write(`${pad('endpoint', 58)} median ms   p95 ms   max ms   size KB   cached median ms\n`);
  for (const r of results) {
    process.stdout.write(`${pad(r.endpoint, 58)} ${r.median.toFixed(1).padStart(9)} ${r.p95.toFixed(1).padStart(8)} ${r.max.toFixed(1).padStart(8)} ${r.kb.toFixed(1).padStart(9)} ${r.cachedMedian.toFixed(1).padStart(18)}\n`);
  }
  mkdirSync(new URL('./out/', import.meta.url), { recursive: true });
  writeFileSync(new URL('./out/serve.json', import.meta.url), `${JSON.stringify({ events: EVENTS, fillSeconds, runs: RUNS, results }, null, 2)}\n`);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
