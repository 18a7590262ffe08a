import { analyze } from '../src/nlp/index.ts';
import { csvRecords, lines } from '../src/export/delimited.ts';
import { loadavg } from 'node:os';

// Hostile input shapes, timed: the speed goals of issue 15 live here, not in tests (a test that asserts
// wall time fails on a busy machine; the tests assert the work done instead). Each shape at doubling sizes:
// linear input handling shows as a time per MB that stays flat; quadratic handling doubles it at each step.
//   npm run bench:inputs
const cpuMs = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };

function timed(run: () => unknown): number {
  const start = cpuMs();
  run();
  return cpuMs() - start;
}
async function timedAsync(run: () => Promise<unknown>): Promise<number> {
  const start = cpuMs();
  await run();
  return cpuMs() - start;
}
async function* chunked(text: string, size: number): AsyncIterable<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}
async function drain<T>(items: AsyncIterable<T>): Promise<number> {
  let n = 0;
  for await (const _ of items) n++;
  return n;
}
const report = (what: string, sizes: number[], ms: number[]) => {
  const perMb = ms.map((m, i) => m / (sizes[i] / 1e6));
  console.log(`${what.padEnd(44)} ${sizes.map((s, i) => `${(s / 1000).toFixed(0)} kB ${ms[i].toFixed(0)} ms`).join(', ')}; `
    + `ms per MB ${perMb.map((p) => p.toFixed(0)).join(' → ')} (last/first ${(perMb[perMb.length - 1] / perMb[0]).toFixed(2)})`);
};

console.log(`inputs bench: CPU time of this process; load average ${loadavg()[0].toFixed(1)} (other processes inflate it somewhat)`);
analyze('Warm up the tokenizer and the parser.');
const RUN_SIZES = [25_000, 50_000, 100_000, 200_000];
for (const [what, unit] of [['analyze: a run of letters', 'a'], ['analyze: a run of slashes', 'x/'], ['analyze: a run of dotted letters', 'a.']] as const) {
  const ms = RUN_SIZES.map((n) => timed(() => analyze(`Police detained protesters in Kyiv. ${unit.repeat(n / unit.length)} The army shelled Donetsk.`)));
  report(what, RUN_SIZES, ms);
}
const CSV_SIZES = [2_000_000, 4_000_000, 8_000_000];
const csvMs: number[] = [];
for (const n of CSV_SIZES) csvMs.push(await timedAsync(() => drain(csvRecords(chunked(`h\n${'z'.repeat(n)}`, 65536), 65536))));
report('csvRecords: one row without a newline, 64 kB cap', CSV_SIZES, csvMs);
const lineMs: number[] = [];
for (const n of CSV_SIZES) lineMs.push(await timedAsync(() => drain(lines(chunked(`h\n${'z'.repeat(n)}`, 65536), 65536))));
report('lines: one line without a newline, 64 kB cap', CSV_SIZES, lineMs);
