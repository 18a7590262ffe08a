import { rmSync } from 'node:fs';
import { runIngest } from '../src/ingest/pipeline/run-ingest.ts';
import { Tally } from '../src/ingest/pipeline/tally.ts';
import { readInputs } from '../src/ingest/sources/read-inputs.ts';
import { openStore } from '../src/store/index.ts';
import { tuneCompilerForCoder } from '../src/cli/compiler-flags.ts';

// One timed ingest into a fresh SQLite file, in its own process so that its peak RSS is its own
// (worker threads included). Prints one JSON line for bench/ingest.bench.ts.
// usage: node --import tsx bench/ingest-run.ts CORPUS DB [WORKERS]

const [corpus, db, workers] = process.argv.slice(2);
tuneCompilerForCoder(); // as the CLI does
for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });
const store = await openStore(db);
const tally = new Tally();
const samples: Array<[number, number, number]> = [];
const sampler = setInterval(() => samples.push([Math.round(tally.seconds), tally.done, Math.round(process.memoryUsage().rss / 1e6)]), 1000);
const t0 = performance.now();
const errors: string[] = [];
await runIngest(readInputs([corpus]), store, { tally, workers: workers ? Number(workers) : undefined, onError: (l) => errors.push(l) });
const seconds = (performance.now() - t0) / 1000;
clearInterval(sampler);
const articles = await store.countArticles();
const events = await store.countEvents();
await store.close();
console.log(JSON.stringify({
  // CPU time of all threads: unlike wall time, not inflated by other processes on the machine
  seconds, cpuSeconds: (process.cpuUsage().user + process.cpuUsage().system) / 1e6, documents: tally.done, stored: tally.stored, events, articles, codeMs: tally.codeMs,
  exact: tally.exactDuplicates, near: tally.nearDuplicates, skipped: Object.fromEntries(tally.skipped), failed: tally.failed,
  errors: errors.slice(0, 5), maxRssMB: process.resourceUsage().maxRSS / 1024, samples,
}));
