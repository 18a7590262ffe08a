import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../../src/cli/io.ts';
import { makeArticle, makeEvent } from '../store/event-factory.ts';
import { badInputs, type BadInput } from './bad-inputs.ts';

// What the fuzz test files share: the corpus written to a temporary folder, a way to run a command on
// one input, and a tally that counts what every run did. A run that breaks a rule is counted as such and
// named, and the test asserts the count is zero. The summary line goes into the test output, and its
// counts are the ones the closing note of issue 15 asks for.

export const BIN = new URL('../../bin/eventlens.js', import.meta.url).pathname;
/** One input's deadline, per command. In this process it is checked after the run; in a thread or a child it is enforced. */
export const PER_INPUT_MS = 30_000;
const STACK = /^\s+at .+:\d+:\d+\)?$|^(TypeError|RangeError|ReferenceError)\b/m;
export const hasStackTrace = (text: string): boolean => STACK.test(text);
/** An article that holds events, stored before a batch: a bad input must never cost it. */
export const SEED = makeArticle('seed-1', 'Rebels attacked a police station in Beni on Friday, the army said.', { published: '2024-03-01' });
export const SEED_EVENTS = [makeEvent('seed-1')];

export function corpus(prefix: string): { inputs: BadInput[]; dir: string; pathOf: (input: BadInput) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `eventlens-${prefix}-`));
  const inputs = badInputs();
  const pathOf = (input: BadInput) => join(dir, input.name);
  for (const input of inputs) writeFileSync(pathOf(input), input.bytes);
  return { inputs, dir, pathOf, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Ran { readonly code: number; readonly out: string[]; readonly err: string[]; readonly ms: number }

/** A command in this process; a thrown error is what bin/eventlens prints as "eventlens: <message>", exit 1. */
export async function inProcess(run: (io: Io) => number | Promise<number>): Promise<Ran> {
  const out: string[] = [];
  const err: string[] = [];
  const started = performance.now();
  let code: number;
  try {
    code = await run({ out: (l) => out.push(l), err: (l) => err.push(l) });
  } catch (error) {
    const internal = error instanceof TypeError || error instanceof RangeError || error instanceof ReferenceError;
    err.push(internal ? `${(error as Error).stack}` : `eventlens: ${(error as Error).message}`);
    code = 1;
  }
  return { code, out, err, ms: performance.now() - started };
}

/** The real CLI, killed if it outlives its deadline. */
export function runCli(args: readonly string[], cwd: string, deadlineMs: number): Promise<{ code: number | null; out: string; err: string; ms: number; killed: boolean }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    const timer = setTimeout(() => child.kill('SIGKILL'), deadlineMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, out, err, ms: performance.now() - started, killed: signal === 'SIGKILL' });
    });
  });
}

export type Problem = 'past the deadline' | 'stack trace' | 'silent loss' | 'wrong exit' | 'error not naming the file' | 'other';

/** Runs of one command over the corpus: exit codes, the slowest input, and every rule broken. */
export class Tally {
  private readonly outcomes = new Map<string, number>();
  private readonly problems: Array<{ kind: Problem; detail: string }> = [];
  private runs = 0;
  private slowest = { name: '', ms: 0 };

  constructor(private readonly what: string) {}

  /** Counts one run: `outcome` is its exit code or HTTP status. */
  run(name: string, outcome: number | string, ms: number): void {
    this.runs++;
    this.outcomes.set(String(outcome), (this.outcomes.get(String(outcome)) ?? 0) + 1);
    if (ms > this.slowest.ms) this.slowest = { name, ms };
    if (ms > PER_INPUT_MS) this.problem('past the deadline', `${name}: ${Math.round(ms)} ms`);
  }

  problem(kind: Problem, detail: string): void {
    this.problems.push({ kind, detail: `${this.what} ${detail}`.slice(0, 600) });
  }

  /** The rules every CLI run obeys, whatever the input. */
  checkCli(name: string, r: Ran, allowed: readonly number[] = [0, 1, 3]): void {
    this.run(name, r.code, r.ms);
    const err = r.err.join('\n');
    if (STACK.test(err)) this.problem('stack trace', `${name}: ${err}`);
    if (!allowed.includes(r.code)) this.problem('wrong exit', `${name}: exit ${r.code}: ${err}`);
    if (r.code !== 0 && r.err.length === 0) this.problem('silent loss', `${name}: exit ${r.code} without a word`);
    for (const line of r.err) if (line.startsWith('eventlens:') && !line.includes(name)) this.problem('error not naming the file', `${name}: ${line}`);
  }

  count(kind: Problem): number {
    return this.problems.filter((p) => p.kind === kind).length;
  }

  /** Every problem, one per line (the test asserts there are none). */
  broken(): string[] {
    return this.problems.map((p) => `${p.kind}: ${p.detail}`);
  }

  summary(inputs: number): string {
    const outcomes = [...this.outcomes].sort(([a], [b]) => a.localeCompare(b)).map(([o, n]) => `${o} ×${n}`).join(', ');
    return `${this.what}: ${this.runs} runs over ${inputs} inputs (${outcomes}); ${this.count('past the deadline')} past the deadline, `
      + `${this.count('stack trace')} stack traces, ${this.count('silent loss')} silent losses, ${this.problems.length} problems in all; `
      + `slowest ${this.slowest.name} ${Math.round(this.slowest.ms)} ms`;
  }
}
