import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { createCoder } from '../src/core/index.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { analyze } from '../src/nlp/index.ts';
import { writeCorpus } from './ingest-corpus.ts';

// `npm run bench:ingest [-- --sizes 5000,10000,20000] [--workers N] [--src]`: end-to-end ingest throughput on
// a synthetic news corpus (bench/ingest-corpus.ts), each size in a fresh SQLite file and its own
// process, against a tokenizer-only pass over the same text (the floor: no stage can be cheaper
// than reading the sentences). Articles have 25-40 sentences with a median of ~27 tokens (wire copy).
// Goal on a 2-core box (issue 14): ≥ 200 articles/s, within 6× of the one-thread tokenizer pass, peak
// RSS ≤ 1 GiB, and the same rate at every size (linear cost). The coder threads are threads of the
// ingest process, so its peak RSS covers them; the bench process (tokenizer and coder passes) has its own.
// The ingest runs the compiled code (dist/, as `eventlens ingest` does; `npm run build` first, else or with
// --src the TypeScript sources through tsx), and links incidents after, as the command does.

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const sizes = (flag('--sizes') ?? '5000,10000,20000').split(',').map(Number);
const workers = flag('--workers');
const out = new URL('./out/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });

console.log(`cores: ${availableParallelism()}, load average at start: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
const corpora = new Map<number, string>();
for (const size of sizes) {
  // named by the generator version: a corpus written by an older generator is not reused
  const corpus = `${out}ingest-corpus-v2-${size}.jsonl`;
  if (!existsSync(corpus)) {
    const counts = await writeCorpus(corpus, { articles: size });
    console.log(`corpus ${size}: ${(counts.bytes / 1e6).toFixed(1)} MB, ${counts.exactCopies} exact and ${counts.nearCopies} near copies, ${counts.french} French`);
  }
  corpora.set(size, corpus);
}
// the corpora share their seed, so each smaller one is a prefix of the largest: one tokenizer pass
// gives the floor and every size's sentence count
const largest = Math.max(...sizes);
const floor = await tokenizerPass(corpora.get(largest)!, sizes);
const atLargest = floor.marks.get(largest)!;
console.log(`tokenizer-only pass over ${largest} articles (one thread): ${atLargest.seconds.toFixed(1)} s, ${(largest / atLargest.seconds).toFixed(0)} articles/s, ${(atLargest.sentences / atLargest.seconds).toFixed(0)} sentences/s, ${(atLargest.tokens / atLargest.seconds).toFixed(0)} tokens/s`);
console.log(`corpus: ${(atLargest.sentences / largest).toFixed(1)} sentences per article, ${(atLargest.tokens / atLargest.sentences).toFixed(1)} tokens per sentence (median ${floor.medianTokens})`);

const coder = await coderPass(corpora.get(largest)!, 1000);
console.log(`coder only, first ${coder.articles} articles (one thread): ${coder.ms.toFixed(1)} ms per article (${coder.cpuMs.toFixed(1)} ms CPU), so at most ${(availableParallelism() * 1000 / coder.ms).toFixed(0)} articles/s on ${availableParallelism()} cores`);

console.log('\n  size    art/s   sent/s  tokens/s events/s  ×tok  RSS MB  wall s  CPU ms/art  +link s  art/s+link  outcome');
let largestSeconds = 0;
const threadLines: string[] = [];
let code = '';
for (const size of sizes) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', new URL('./ingest-run.ts', import.meta.url).pathname, corpora.get(size)!, `${out}ingest-${size}.db`, ...(workers ? [workers] : []), ...(args.includes('--src') ? ['--src'] : [])], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error(`ingest of ${size} failed:\n${run.stderr}`);
  const r = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
  if (size === largest) largestSeconds = r.seconds;
  code = r.code;
  console.log([
    String(size).padStart(6), (size / r.seconds).toFixed(1).padStart(8), (floor.marks.get(size)!.sentences / r.seconds).toFixed(0).padStart(8),
    (floor.marks.get(size)!.tokens / r.seconds).toFixed(0).padStart(9), (r.events / r.seconds).toFixed(0).padStart(8),
    (r.seconds / floor.marks.get(size)!.seconds).toFixed(1).padStart(5), r.maxRssMB.toFixed(0).padStart(7), r.seconds.toFixed(1).padStart(7),
    (r.cpuSeconds * 1000 / size).toFixed(1).padStart(11), r.linkSeconds.toFixed(1).padStart(8), (size / (r.seconds + r.linkSeconds)).toFixed(1).padStart(10),
    ` ${r.stored} coded (${r.events} events), ${r.exact} exact + ${r.near} near copies, skipped ${JSON.stringify(r.skipped)}, ${r.failed} failed; ${r.incidents} incidents`,
  ].join(' '));
  threadLines.push(threadLine(size, r));
}
console.log(`\n×tok: ingest wall time / one-thread tokenizer time on the same articles (${(largestSeconds / atLargest.seconds).toFixed(2)} at ${largest}; the ingest uses ${workers ?? availableParallelism()} coder threads)`);
console.log(`+link s: linking the new events into incidents after the ingest, as \`eventlens ingest\` does (main thread, one core); art/s+link counts it in`);
console.log(`code run: ${code}; CPU ms per article by thread (CPU time, so less inflated by other processes than wall time):`);
for (const line of threadLines) console.log(line);
console.log(`RSS MB: peak of the ingest process (main thread and coder threads, then the linking); this bench process peaked at ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
console.log(`load average at end: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);

interface ThreadCpu { mainCpuMs: number; mainStartCpuMs: number; mainActiveMs: number; mainIdleMs: number; coders: Array<{ cpuMs: number; loadMs: number; activeMs: number; idleMs: number; readyAtMs: number }>; otherCpuMs: number }

// main thread (its start-up, before the first coder is ready, apart), each coder thread with the share of
// its event loop spent waiting for work, V8's helper threads and libuv's, and the linking after
function threadLine(size: number, r: { threads: ThreadCpu; linkCpuMs: number; ingestMaxRssMB: number }): string {
  const t = r.threads;
  const perArticle = (ms: number) => (ms / size).toFixed(1);
  const coders = t.coders.map((c) => `${perArticle(c.cpuMs)} (waiting ${(100 * c.idleMs / Math.max(1, c.activeMs + c.idleMs)).toFixed(1)}%, start-up ${(c.loadMs / 1000).toFixed(1)} s, ready ${(c.readyAtMs / 1000).toFixed(1)} s after the start)`).join(' + ');
  return `${String(size).padStart(6)}: main ${perArticle(t.mainCpuMs)} (start-up ${(t.mainStartCpuMs / 1000).toFixed(1)} s CPU, event loop busy ${(100 * t.mainActiveMs / Math.max(1, t.mainActiveMs + t.mainIdleMs)).toFixed(0)}%), coders ${coders}, V8/libuv helpers ${perArticle(t.otherCpuMs)}; linking ${perArticle(r.linkCpuMs)}; peak RSS before linking ${r.ingestMaxRssMB.toFixed(0)} MB`;
}

// The coder alone on one thread (knowledge base loaded, warmed up on 50 articles first): the ceiling
// for the whole pipeline is this rate times the cores.
async function coderPass(path: string, articles: number): Promise<{ articles: number; ms: number; cpuMs: number }> {
  const coder = createCoder(loadKnowledge());
  const docs: Array<{ id: string; text: string; published: string | null; title: string | null }> = [];
  for await (const line of createInterface({ input: createReadStream(path) })) {
    if (line) docs.push(JSON.parse(line));
    if (docs.length === articles + 50) break;
  }
  for (const doc of docs.slice(0, 50)) coder.code(doc);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const doc of docs.slice(50)) coder.code(doc);
  const cpu = process.cpuUsage(cpu0);
  const n = docs.length - 50;
  return { articles: n, ms: (performance.now() - t0) / n, cpuMs: (cpu.user + cpu.system) / 1000 / n };
}

// The floor: wink-nlp tokenisation and sentence splitting (src/nlp analyze) of every article text,
// with the sentences, tokens and seconds so far after each of `marks` articles.
interface Mark { readonly sentences: number; readonly tokens: number; readonly seconds: number }
async function tokenizerPass(path: string, marks: readonly number[]): Promise<{ marks: Map<number, Mark>; medianTokens: number }> {
  const counts = new Map<number, Mark>();
  const lengths = new Map<number, number>();
  let sentences = 0;
  let tokens = 0;
  let articles = 0;
  let ms = 0;
  for await (const line of createInterface({ input: createReadStream(path) })) {
    if (!line) continue;
    const { text } = JSON.parse(line) as { text: string };
    const t0 = performance.now();
    const doc = analyze(text);
    ms += performance.now() - t0;
    sentences += doc.sentences.length;
    tokens += doc.tokens.length;
    for (const s of doc.sentences) lengths.set(s.tokenEnd - s.tokenStart, (lengths.get(s.tokenEnd - s.tokenStart) ?? 0) + 1);
    if (marks.includes(++articles)) counts.set(articles, { sentences, tokens, seconds: ms / 1000 });
  }
  let seen = 0;
  let medianTokens = 0;
  for (const [length, n] of [...lengths].sort((a, b) => a[0] - b[0])) {
    seen += n;
    if (seen >= sentences / 2) {
      medianTokens = length;
      break;
    }
  }
  return { marks: counts, medianTokens };
}
