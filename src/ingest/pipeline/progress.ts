import cliProgress from 'cli-progress';
import type { ByteCounter } from '../sources/byte-input.ts';
import type { Tally } from './tally.ts';

// Progress on stderr, counted in documents. The input is read well ahead of the coders, so the share of
// bytes read says little about the work done; instead the number of documents is estimated from the
// documents found in the bytes read so far (exact once the whole input is read), and the bar and the
// ETA follow the documents finished. On a terminal a bar, elsewhere (a log file, CI) one plain line
// every `intervalMs`.
//   ████████░░░░░░░░ 48% | 9,612 of ~20,000 docs 141/s | 158,220 events 2,320/s | ETA 1m12s
//   ingest: 9,612 of ~20,000 docs (141/s), 158,220 events (2,320/s), 48%, ETA 1m12s

export class BytesRead implements ByteCounter {
  bytes = 0;
  add(bytes: number): void {
    this.bytes += bytes;
  }
}

export interface Progress {
  /** Prints a line without breaking the bar. */
  log(line: string): void;
  stop(): void;
}

export interface ProgressOptions {
  readonly stream: NodeJS.WriteStream;
  readonly totalBytes: number | null;
  readonly read: BytesRead;
  readonly intervalMs?: number;
}

export function startProgress(tally: Tally, opts: ProgressOptions): Progress {
  return opts.stream.isTTY ? barProgress(tally, opts) : lineProgress(tally, opts);
}

function barProgress(tally: Tally, opts: ProgressOptions): Progress {
  const multi = new cliProgress.MultiBar({
    stream: opts.stream,
    format: ' {bar} {percentage}% | {docs} docs {rate}/s | {events} events {eventRate}/s | ETA {remaining}',
    hideCursor: true,
    fps: 4,
    clearOnComplete: false,
  }, cliProgress.Presets.shades_classic);
  const bar = multi.create(1, 0, { ...payload(tally), remaining: '…' });
  const update = () => {
    const p = docProgress(tally, opts.read.bytes, opts.totalBytes);
    bar.setTotal(Math.max(1, p.expected ?? tally.done + 1));
    bar.update(tally.done, { ...payload(tally), docs: docsText(tally, p), remaining: p.eta === null ? '…' : duration(p.eta) });
  };
  const timer = setInterval(update, 250);
  return {
    log: (line) => multi.log(`${line}\n`),
    stop: () => {
      clearInterval(timer);
      update();
      multi.stop();
    },
  };
}

function lineProgress(tally: Tally, opts: ProgressOptions): Progress {
  const timer = setInterval(() => opts.stream.write(`${progressLine(tally, opts.read.bytes, opts.totalBytes)}\n`), opts.intervalMs ?? 10_000);
  timer.unref();
  return { log: (line) => opts.stream.write(`${line}\n`), stop: () => clearInterval(timer) };
}

export interface DocProgress {
  /** Documents the input holds: exact once it is all read, else estimated from the bytes read; null before any. */
  readonly expected: number | null;
  readonly exact: boolean;
  /** Share of the documents finished, 0-1 (never 1 while the count is only an estimate). */
  readonly share: number | null;
  /** Seconds left at the rate documents have been finished so far; null before the first one. */
  readonly eta: number | null;
}

export function docProgress(tally: Pick<Tally, 'read' | 'done' | 'seconds'>, bytes: number, total: number | null): DocProgress {
  const exact = total !== null && total > 0 && bytes >= total;
  const expected = exact ? tally.read
    : total !== null && total > 0 && bytes > 0 && tally.read > 0 ? Math.max(tally.read, Math.round(tally.read * total / bytes)) : null;
  if (expected === null || expected === 0) return { expected, exact, share: null, eta: null };
  const share = Math.min(exact ? 1 : 0.99, tally.done / expected);
  const eta = tally.done > 0 ? tally.seconds * Math.max(0, expected - tally.done) / tally.done : null;
  return { expected, exact, share, eta };
}

export function progressLine(tally: Tally, bytes: number, total: number | null): string {
  const p = docProgress(tally, bytes, total);
  const { rate, events, eventRate } = payload(tally);
  let line = `ingest: ${docsText(tally, p)} docs (${rate}/s), ${events} events (${eventRate}/s)`;
  if (p.share !== null) line += `, ${Math.floor(p.share * 100)}%, ETA ${p.eta === null ? '…' : duration(p.eta)}`;
  return line;
}

const count = (x: number) => Math.round(x).toLocaleString('en-US');

function docsText(tally: Tally, p: DocProgress): string {
  return p.expected === null ? count(tally.done) : `${count(tally.done)} of ${p.exact ? '' : '~'}${count(p.expected)}`;
}

function payload(tally: Tally): { docs: string; rate: string; events: string; eventRate: string } {
  const s = Math.max(tally.seconds, 0.001);
  return { docs: count(tally.done), rate: count(tally.done / s), events: count(tally.events), eventRate: count(tally.events / s) };
}

function duration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return m > 0 ? `${m}m${String(s).padStart(2, '0')}s` : `${s}s`;
}
