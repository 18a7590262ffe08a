import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './ingest-corpus.ts';
import { threadCpuMs } from './thread-cpu.ts';

// `node --import tsx bench/coder-ab.bench.ts --base DIR [--articles 600] [--window 20] [--warm 100]`: this tree's
// compiled coder (dist/, build it first) against another build's (DIR/dist, DIR holding data/ and node_modules/ as
// a worktree does), both in one process, the same windows of bench articles coded by each in turn (the order
// alternating), so both see the same load; only the coding thread's CPU is counted. The coder loaded second
// ran ~2% slower than the one loaded first on the same build (session 27: B/A 1.019 one way, 0.974 the other),
// so the comparison runs twice, in two processes with the loads in either order, and reports both and their mean.
// Every article's events are compared: a change meant to be exact must print "differing 0".

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const here = resolve(fileURLToPath(new URL('..', import.meta.url)));
const base = option('--base', '');
const articles = Number(option('--articles', '600')), window = Number(option('--window', '20')), warm = Number(option('--warm', '100'));
if (!base || !existsSync(`${base}/dist/core/index.js`)) throw new Error('--base DIR: a tree with a build (DIR/dist/core/index.js)');

interface Coder { code(doc: unknown): unknown[] }

async function coderAt(root: string): Promise<Coder> {
  const { tuneCompilerForCoder } = await import(`${root}/dist/cli/compiler-flags.js`) as typeof import('../src/cli/compiler-flags.ts');
  const { createCoder } = await import(`${root}/dist/core/index.js`) as typeof import('../src/core/index.ts');
  const { loadKnowledge } = await import(`${root}/dist/knowledge/load.js`) as typeof import('../src/knowledge/load.ts');
  tuneCompilerForCoder();
  return createCoder(loadKnowledge());
}

/** One process's comparison: ms per article of each, the ratio (this / base) and how many articles differ. */
async function compare(baseFirst: boolean): Promise<string> {
  const out = new URL('./out/', import.meta.url).pathname;
  mkdirSync(out, { recursive: true });
  const corpus = `${out}ingest-corpus-v2-${articles}.jsonl`;
  if (!existsSync(corpus)) await writeCorpus(corpus, { articles });
  const docs = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as unknown);
  const first = await coderAt(baseFirst ? base : here), second = await coderAt(baseFirst ? here : base);
  const [a, b] = baseFirst ? [first, second] : [second, first];
  for (const doc of docs.slice(0, warm)) { a.code(doc); b.code(doc); }
  let msA = 0, msB = 0, differing = 0;
  const run = (coder: Coder, batch: unknown[]) => {
    const start = threadCpuMs()?.main ?? NaN;
    const coded = batch.map((doc) => JSON.stringify(coder.code(doc)));
    return { ms: (threadCpuMs()?.main ?? NaN) - start, coded };
  };
  for (let from = warm, w = 0; from < docs.length; from += window, w++) {
    const batch = docs.slice(from, from + window);
    const [x, y] = w % 2 === 0 ? [run(a, batch), run(b, batch)] : [run(b, batch), run(a, batch)].reverse();
    msA += x.ms; msB += y.ms;
    x.coded.forEach((json, i) => { if (json !== y.coded[i]) differing++; });
  }
  const n = docs.length - warm;
  return JSON.stringify({ base: msA / n, self: msB / n, ratio: msB / msA, differing });
}

if (args.includes('--child')) {
  console.log(await compare(args.includes('--base-first')));
} else {
  const results = [true, false].map((baseFirst) => {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...args, '--child', ...(baseFirst ? ['--base-first'] : [])], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(child.stderr);
    const line = child.stdout.trim().split('\n').pop()!;
    const r = JSON.parse(line) as { base: number; self: number; ratio: number; differing: number };
    console.log(`${baseFirst ? 'base loaded first' : 'this loaded first'}: base ${r.base.toFixed(2)}, this ${r.self.toFixed(2)} ms CPU per article (coding thread), this/base ${r.ratio.toFixed(4)}, articles differing ${r.differing}`);
    return r;
  });
  const mean = Math.sqrt(results[0].ratio * results[1].ratio);
  console.log(`this/base, both orders: ${mean.toFixed(4)} (articles ${warm + 1}-${articles}, windows of ${window})`);
}
