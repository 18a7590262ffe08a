import cliProgress from 'cli-progress';
import type { ByteCounter } from '../sources/byte-input.ts';
import type { Tally } from './tally.ts';

// Progress on stderr. On a terminal: a bar over the input bytes (the only total known before the
// end: a WARC's document count is not) with documents/s, events/s and the ETA. Elsewhere (a log
// file, CI): one plain line every `intervalMs`, so logs stay readable.
//   ████████░░░░░░░░ 48% | 9,612 docs 141/s | 158,220 events 2,320/s | ETA 1m12s
//   ingest: 9,612 docs (141/s), 158,220 events (2,320/s), 48% of input, ETA 1m12s

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
  const known = opts.totalBytes !== null && opts.totalBytes > 0;
  const multi = new cliProgress.MultiBar({
    stream: opts.stream,
    format: known
      ? ' {bar} {percentage}% | {docs} docs {rate}/s | {events} events {eventRate}/s | ETA {remaining}'
      : ' {docs} docs {rate}/s | {events} events {eventRate}/s | {elapsed}s',
    hideCursor: true,
    etaBuffer: 50,
    fps: 4,
    clearOnComplete: false,
  }, cliProgress.Presets.shades_classic);
  const bar = multi.create(known ? opts.totalBytes! : 1, 0, { ...payload(tally), elapsed: '0', remaining: '…' });
  // our own ETA, from the share of input bytes read: cli-progress's moving average shows "NFs" at first
  const update = () => bar.update(Math.min(opts.read.bytes, opts.totalBytes ?? 0), { ...payload(tally), elapsed: tally.seconds.toFixed(0), remaining: eta(tally, opts.read.bytes, opts.totalBytes) });
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

export function progressLine(tally: Tally, bytes: number, total: number | null): string {
  const { docs, rate, events, eventRate } = payload(tally);
  let line = `ingest: ${docs} docs (${rate}/s), ${events} events (${eventRate}/s)`;
  if (total !== null && total > 0 && bytes > 0) line += `, ${Math.round(Math.min(1, bytes / total) * 100)}% of input, ETA ${eta(tally, bytes, total)}`;
  return line;
}

function eta(tally: Tally, bytes: number, total: number | null): string {
  if (total === null || total <= 0 || bytes <= 0) return '…';
  const share = Math.min(1, bytes / total);
  return duration(tally.seconds * (1 - share) / share);
}

function payload(tally: Tally): { docs: string; rate: string; events: string; eventRate: string } {
  const s = Math.max(tally.seconds, 0.001);
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  return { docs: n(tally.done), rate: n(tally.done / s), events: n(tally.events), eventRate: n(tally.events / s) };
}

function duration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return m > 0 ? `${m}m${String(s).padStart(2, '0')}s` : `${s}s`;
}
