import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type * as RunIngest from '../src/ingest/pipeline/run-ingest.ts';
import type * as TallyModule from '../src/ingest/pipeline/tally.ts';
import type * as ReadInputs from '../src/ingest/sources/read-inputs.ts';
import type * as StoreModule from '../src/store/index.ts';
import type * as IncidentsLink from '../src/store/incidents-link.ts';
import type * as CompilerFlags from '../src/cli/compiler-flags.ts';
import type { WorkerPool } from '../src/workers/worker-pool.ts';
import { taskCpuMs } from './thread-cpu.ts';

// One timed ingest into a fresh SQLite file, in its own process so that its peak RSS is its own
// (worker threads included). Prints one JSON line for bench/ingest.bench.ts.
// usage: node --import tsx bench/ingest-run.ts CORPUS DB [WORKERS] [--src]
// Runs the compiled modules (dist/, as `eventlens ingest` does) when the build is newer than every
// source file, else the TypeScript sources (through tsx, in every coder thread too: slower to start,
// and each thread then carries tsx's loader thread); --src forces the sources.

const [corpus, db, workers] = process.argv.slice(2).filter((a) => a !== '--src');
const root = new URL('../', import.meta.url);
const fromDist = !process.argv.includes('--src') && buildIsCurrent();
const load = async <T>(module: string): Promise<T> =>
  (await import(new URL(fromDist ? `dist/${module}.js` : `src/${module}.ts`, root).href)) as T;
const { runIngest } = await load<typeof RunIngest>('ingest/pipeline/run-ingest');
const { Tally } = await load<typeof TallyModule>('ingest/pipeline/tally');
const { readInputs } = await load<typeof ReadInputs>('ingest/sources/read-inputs');
const { openStore } = await load<typeof StoreModule>('store/index');
const { linkPendingEvents } = await load<typeof IncidentsLink>('store/incidents-link');
const { tuneCompilerForCoder } = await load<typeof CompilerFlags>('cli/compiler-flags');
tuneCompilerForCoder(); // as the CLI does
for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });
const store = await openStore(db);
const tally = new Tally();
const samples: Array<[number, number, number]> = [];
// CPU per thread, sampled: coder threads end with the ingest, so their last sample stands for them
let pool: WorkerPool | null = null;
const t0 = performance.now();
let mainStartMs = 0;
const threadCpu = new Map<number, number>();
const coders = new Map<number, { loadMs: number; activeMs: number; idleMs: number; readyAtMs: number }>();
// The sampling runs on the main thread and counts as its CPU: every thread's file each second (~0.3 ms
// for 14 threads; every 100 ms that was 1.6 ms per article at 2 articles/s on a loaded machine), and
// only the coder threads' every 100 ms (they end with the ingest, and their last sample stands for them)
const sampleThreads = (all: boolean) => {
  // readyAtMs: when the thread was first seen ready, from the start (to the next 100 ms)
  for (const { thread, ...rest } of pool?.threads() ?? []) {
    if (thread !== null) coders.set(thread, { ...rest, readyAtMs: coders.get(thread)?.readyAtMs ?? performance.now() - t0 });
  }
  for (const [task, ms] of taskCpuMs(all ? undefined : coders.keys()) ?? []) threadCpu.set(task, ms);
};
let ticks = 0;
const sampler = setInterval(() => samples.push([Math.round(tally.seconds), tally.done, Math.round(process.memoryUsage().rss / 1e6)]), 1000);
const threadSampler = setInterval(() => sampleThreads(++ticks % 10 === 0), 100);
const cpuBefore = taskCpuMs() ?? new Map<number, number>();
const mainLoop = performance.eventLoopUtilization();
const errors: string[] = [];
await runIngest(readInputs([corpus]), store, {
  tally, workers: workers ? Number(workers) : undefined, onError: (l) => errors.push(l), onPool: (p) => {
    pool = p;
    mainStartMs = taskCpuMs()?.get(process.pid) ?? 0;
  },
});
const seconds = (performance.now() - t0) / 1000;
const mainUse = performance.eventLoopUtilization(mainLoop);
clearInterval(sampler);
clearInterval(threadSampler);
sampleThreads(true);
// then, as `eventlens ingest` does, the new events are linked into incidents: on the main thread, after
// the coders have stopped (one core)
const ingestMaxRssMB = process.resourceUsage().maxRSS / 1024;
const linkCpu0 = process.cpuUsage();
const link0 = performance.now();
const linked = await linkPendingEvents(store);
const linkSeconds = (performance.now() - link0) / 1000;
const linkCpu = process.cpuUsage(linkCpu0);
const articles = await store.countArticles();
const events = await store.countEvents();
await store.close();
const since = (task: number) => (threadCpu.get(task) ?? 0) - (cpuBefore.get(task) ?? 0);
let otherCpuMs = 0;
for (const task of threadCpu.keys()) if (task !== process.pid && !coders.has(task)) otherCpuMs += since(task);
console.log(JSON.stringify({
  code: fromDist ? 'dist' : 'src',
  // CPU time of all threads: unlike wall time, not inflated by other processes on the machine
  seconds, linkSeconds, linkCpuMs: (linkCpu.user + linkCpu.system) / 1000, linked: linked.events, incidents: linked.incidents, cpuSeconds: (process.cpuUsage().user + process.cpuUsage().system) / 1e6, documents: tally.done, stored: tally.stored, events, articles, codeMs: tally.codeMs,
  exact: tally.exactDuplicates, near: tally.nearDuplicates, skipped: Object.fromEntries(tally.skipped), failed: tally.failed,
  errors: errors.slice(0, 5), maxRssMB: process.resourceUsage().maxRSS / 1024, ingestMaxRssMB, samples,
  // where the CPU went: main thread (reading, dedup, store) with its event loop's busy share, each
  // coder thread (CPU, start-up, busy and idle ms), and the rest (V8 helpers: compiler, GC; libuv)
  threads: {
    mainCpuMs: since(process.pid), mainStartCpuMs: mainStartMs - (cpuBefore.get(process.pid) ?? 0), mainActiveMs: mainUse.active, mainIdleMs: mainUse.idle,
    coders: [...coders].map(([task, c]) => ({ cpuMs: since(task), ...c })), otherCpuMs,
  },
}));

// as bin/eventlens.js decides
function buildIsCurrent(): boolean {
  const built = new URL('dist/BUILT', root);
  if (!existsSync(built)) return false;
  const builtAt = statSync(built).mtimeMs;
  const src = new URL('src/', root);
  return readdirSync(src, { recursive: true }).every((entry) => statSync(new URL(String(entry), src)).mtimeMs <= builtAt);
}
