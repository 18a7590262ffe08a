import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { runIngest } from '../src/ingest/pipeline/run-ingest.ts';
import { Tally } from '../src/ingest/pipeline/tally.ts';
import { readInputs } from '../src/ingest/sources/read-inputs.ts';
import { openStore } from '../src/store/index.ts';
import { tuneCompilerForCoder } from '../src/cli/compiler-flags.ts';
import type { WorkerPool } from '../src/workers/worker-pool.ts';
import { taskCpuMs } from './thread-cpu.ts';

// One timed ingest into a fresh SQLite file, in its own process so that its peak RSS is its own
// (worker threads included). Prints one JSON line for bench/ingest.bench.ts.
// usage: node --import tsx bench/ingest-run.ts CORPUS DB [WORKERS]

const [corpus, db, workers] = process.argv.slice(2);
tuneCompilerForCoder(); // as the CLI does
for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });
const store = await openStore(db);
const tally = new Tally();
const samples: Array<[number, number, number]> = [];
// CPU per thread, sampled: coder threads end with the ingest, so their last sample stands for them
let pool: WorkerPool | null = null;
const threadCpu = new Map<number, number>();
const coders = new Map<number, { loadMs: number; activeMs: number; idleMs: number }>();
const sampleThreads = () => {
  for (const [task, ms] of taskCpuMs() ?? []) threadCpu.set(task, ms);
  for (const { thread, ...rest } of pool?.threads() ?? []) if (thread !== null) coders.set(thread, rest);
};
const sampler = setInterval(() => samples.push([Math.round(tally.seconds), tally.done, Math.round(process.memoryUsage().rss / 1e6)]), 1000);
const threadSampler = setInterval(sampleThreads, 200);
const cpuBefore = taskCpuMs() ?? new Map<number, number>();
const mainLoop = performance.eventLoopUtilization();
const t0 = performance.now();
const errors: string[] = [];
await runIngest(readInputs([corpus]), store, {
  tally, workers: workers ? Number(workers) : undefined, onError: (l) => errors.push(l), onPool: (p) => (pool = p),
});
const seconds = (performance.now() - t0) / 1000;
const mainUse = performance.eventLoopUtilization(mainLoop);
clearInterval(sampler);
clearInterval(threadSampler);
sampleThreads();
const articles = await store.countArticles();
const events = await store.countEvents();
await store.close();
const since = (task: number) => (threadCpu.get(task) ?? 0) - (cpuBefore.get(task) ?? 0);
let otherCpuMs = 0;
for (const task of threadCpu.keys()) if (task !== process.pid && !coders.has(task)) otherCpuMs += since(task);
console.log(JSON.stringify({
  // CPU time of all threads: unlike wall time, not inflated by other processes on the machine
  seconds, cpuSeconds: (process.cpuUsage().user + process.cpuUsage().system) / 1e6, documents: tally.done, stored: tally.stored, events, articles, codeMs: tally.codeMs,
  exact: tally.exactDuplicates, near: tally.nearDuplicates, skipped: Object.fromEntries(tally.skipped), failed: tally.failed,
  errors: errors.slice(0, 5), maxRssMB: process.resourceUsage().maxRSS / 1024, samples,
  // where the CPU went: main thread (reading, dedup, store) with its event loop's busy share, each
  // coder thread (CPU, start-up, busy and idle ms), and the rest (V8 helpers: compiler, GC; libuv)
  threads: {
    mainCpuMs: since(process.pid), mainActiveMs: mainUse.active, mainIdleMs: mainUse.idle,
    coders: [...coders].map(([task, c]) => ({ cpuMs: since(task), ...c })), otherCpuMs,
  },
}));
