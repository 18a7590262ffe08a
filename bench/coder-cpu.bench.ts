import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { writeCorpus } from './ingest-corpus.ts';
import { allocationMeter, threadCpuMs } from './thread-cpu.ts';

// `npm run bench:coder-cpu [-- --articles 1000] [--window 100] [--v8-default] [--dist]`: the coder alone on one thread over the
// ingest bench's articles (25-40 wire-length sentences), in windows of articles from a cold start, as a
// coder thread of `ingest` sees them. Per window: CPU ms per article of the coding thread and of V8's
// helper threads (mostly the optimising compiler while the code warms up; then parallel scavenges),
// MB allocated per article, collections. Last, a hash of every event coded: two versions of the coder
// that print the same hash coded the same events. CPU and bytes do not depend on the machine's load
// the way wall time does, so runs on a busy machine can be compared. V8 is set up as the CLI sets it
// (src/cli/compiler-flags.ts) unless `--v8-default` is given. `--dist` runs the compiled coder (dist/, as
// bin/eventlens.js does; build it first) instead of src/ through tsx, whose transform wraps every function
// a hot path creates in a `__name` call (Object.defineProperty): ~3% of the coder's CPU that no command pays.
// `--stages` adds a table of CPU ms per article by pipeline stage: each stage's share of the metered time
// (performance.now() around the stage's calls, nested stages apart) times the coding thread's CPU.

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const articles = flag('--articles', 1000);
const window = flag('--window', 100);
const from = args.includes('--dist') ? '../dist/' : '../src/';
// --stages: CPU per article by pipeline stage (src/stage-meter.ts), which must be on before the coder's modules load
const stages = args.includes('--stages');
if (stages) process.env.EVENTLENS_STAGE_METER = '1';
const stageMeter = await import(`${from}stage-meter.${args.includes('--dist') ? 'js' : 'ts'}`).catch(() => null) as typeof import('../src/stage-meter.ts') | null;
const ext = args.includes('--dist') ? 'js' : 'ts';
const { createCoder } = await import(`${from}core/index.${ext}`) as typeof import('../src/core/index.ts');
const { loadKnowledge } = await import(`${from}knowledge/load.${ext}`) as typeof import('../src/knowledge/load.ts');
const { tuneCompilerForCoder } = await import(`${from}cli/compiler-flags.${ext}`) as typeof import('../src/cli/compiler-flags.ts');
if (!args.includes('--v8-default')) tuneCompilerForCoder();

const out = new URL('./out/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
// the ingest bench's corpus of the same size (same seed: a prefix of its larger ones)
const corpus = `${out}ingest-corpus-v2-${articles}.jsonl`;
if (!existsSync(corpus)) await writeCorpus(corpus, { articles });
const docs = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as { id: string; text: string; published: string | null; title: string | null });

const loadStart = threadCpuMs();
const coder = createCoder(loadKnowledge());
const loaded = threadCpuMs();
console.log(`load average at start: ${loadavg().map((l) => l.toFixed(1)).join(' ')}; V8 ${args.includes('--v8-default') ? 'default' : 'as the CLI sets it'}; coder from ${from.slice(3)}`);
if (loadStart && loaded) console.log(`knowledge base load: ${loaded.main - loadStart.main} ms CPU (main thread), ${loaded.others - loadStart.others} ms (other threads)`);
console.log('\narticles  main ms/art  helpers ms/art  MB alloc/art  collections');

const hash = createHash('sha256');
const GLUE = 'rest of coder.ts (judging, certainty, glue)';
stageMeter?.resetStageTotals();
let events = 0;
const total = { main: 0, others: 0, bytes: 0 };
for (let from = 0; from < docs.length; from += window) {
  const batch = docs.slice(from, from + window);
  const cpu0 = threadCpuMs();
  const meter = allocationMeter();
  for (const doc of batch) {
    stageMeter?.enterStage(GLUE);
    const coded = coder.code(doc);
    stageMeter?.leaveStage();
    events += coded.length;
    hash.update(JSON.stringify(coded));
  }
  const alloc = meter.stop();
  const cpu1 = threadCpuMs();
  const main = cpu0 && cpu1 ? cpu1.main - cpu0.main : NaN;
  const others = cpu0 && cpu1 ? cpu1.others - cpu0.others : NaN;
  total.main += main;
  total.others += others;
  total.bytes += alloc.bytes;
  console.log([
    `${from + 1}-${from + batch.length}`.padStart(9), (main / batch.length).toFixed(1).padStart(12), (others / batch.length).toFixed(1).padStart(15),
    (alloc.bytes / 1e6 / batch.length).toFixed(2).padStart(13), String(alloc.collections).padStart(12),
  ].join(''));
}
console.log(`\nall ${docs.length}: ${(total.main / docs.length).toFixed(1)} ms CPU per article on the coding thread, ${(total.others / docs.length).toFixed(1)} on helper threads, ${(total.bytes / 1e6 / docs.length).toFixed(2)} MB allocated`);
if (stages && stageMeter) {
  const totals = stageMeter.stageTotals();
  const all = [...totals.values()].reduce((sum, t) => sum + t.ms, 0);
  const cpu = total.main / docs.length;
  console.log(`\nstage                                          CPU ms/art  share  calls/art   (${cpu.toFixed(1)} ms CPU per article on the coding thread, split by metered time)`);
  for (const [stage, t] of [...totals].sort((a, b) => b[1].ms - a[1].ms)) {
    console.log(`${stage.padEnd(46)} ${(cpu * t.ms / all).toFixed(2).padStart(10)} ${(100 * t.ms / all).toFixed(1).padStart(5)}% ${(t.calls / docs.length).toFixed(1).padStart(10)}`);
  }
}
console.log(`${events} events, sha256 ${hash.digest('hex').slice(0, 16)}`);
console.log(`load average at end: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
