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
// `--sentences` (with --stages) splits each stage's time by what became of the sentence it was spent on: sentences
// that gave an event, those parsed (a trigger) that gave none, those with no trigger; the rest is the article's
// own work (tokens, names, places, refiners). The up-front parse, one batch, is split by the sentences' tokens.

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const articles = flag('--articles', 1000);
const window = flag('--window', 100);
const from = args.includes('--dist') ? '../dist/' : '../src/';
// --stages: CPU per article by pipeline stage (src/stage-meter.ts), which must be on before the coder's modules load
const bySentence = args.includes('--sentences');
const stages = args.includes('--stages') || bySentence;
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

/** `--sentences`: each stage's metered time by the fate of its sentence (see the top). */
class SentenceSplit {
  static readonly KINDS = ['event', 'parsed, no event', 'no trigger'] as const;
  private readonly ms = SentenceSplit.KINDS.map(() => new Map<string, number>());
  private readonly count = [0, 0, 0];
  private readonly tokens = [0, 0, 0];

  add(taken: { stages: Map<number, Map<string, number>>; parsed: Map<number, number> }, coded: ReadonlyArray<{ evidence: { span: readonly [number, number] } }>): void {
    const withEvents = new Set(coded.map((e) => e.evidence.span[0]));
    for (const at of new Set([...taken.stages.keys(), ...taken.parsed.keys()])) {
      const kind = withEvents.has(at) ? 0 : taken.parsed.has(at) ? 1 : 2;
      this.count[kind]++;
      this.tokens[kind] += taken.parsed.get(at) ?? 0;
      for (const [stage, ms] of taken.stages.get(at) ?? []) this.ms[kind].set(stage, (this.ms[kind].get(stage) ?? 0) + ms);
    }
  }

  print(totals: Map<string, { ms: number }>, cpu: number, articles: number): void {
    const all = [...totals.values()].reduce((sum, t) => sum + t.ms, 0), sentences = this.count.reduce((a, b) => a + b, 0);
    const perArticle = (ms: number) => (cpu * ms / all).toFixed(2).padStart(11);
    console.log(`\nsentences per article ${(sentences / articles).toFixed(1)}: ${SentenceSplit.KINDS.map((k, i) => `${k} ${(100 * this.count[i] / sentences).toFixed(1)}%`).join(', ')}`);
    console.log(`CPU ms per article${' '.repeat(28)}${SentenceSplit.KINDS.map((k) => k.padStart(17)).join('')}    article`);
    const sum = [0, 0, 0, 0];
    for (const [stage, t] of [...totals].sort((a, b) => b[1].ms - a[1].ms)) {
      const own = this.ms.map((m) => m.get(stage) ?? 0);
      let rest = t.ms - own.reduce((a, b) => a + b, 0);
      // the up-front parse is one batch: its time goes to the parsed sentences by their tokens
      if (stage === 'tag+parse' && this.tokens[0] + this.tokens[1] > 0) {
        const parsed = this.tokens[0] + this.tokens[1];
        own[0] += rest * this.tokens[0] / parsed, own[1] += rest * this.tokens[1] / parsed, rest = 0;
      }
      [...own, rest].forEach((ms, i) => (sum[i] += ms));
      console.log(`${stage.padEnd(46)}${own.map((ms) => perArticle(ms).padStart(17)).join('')}${perArticle(rest)}`);
    }
    console.log(`${'all'.padEnd(46)}${sum.slice(0, 3).map((ms) => perArticle(ms).padStart(17)).join('')}${perArticle(sum[3])}`);
  }
}

const hash = createHash('sha256');
const GLUE = 'rest of coder.ts (judging, certainty, glue)';
stageMeter?.resetStageTotals();
let events = 0;
const total = { main: 0, others: 0, bytes: 0 };
const split = new SentenceSplit();
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
    if (bySentence && stageMeter) split.add(stageMeter.takeSentenceTotals(), coded);
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
if (bySentence && stageMeter) split.print(stageMeter.stageTotals(), total.main / docs.length, docs.length);
console.log(`${events} events, sha256 ${hash.digest('hex').slice(0, 16)}`);
console.log(`load average at end: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);

