import type { Command } from 'commander';
import { normalisePublished } from '../ingest/index.ts';
import { runIngest } from '../ingest/pipeline/run-ingest.ts';
import { BytesRead, startProgress, type Progress } from '../ingest/pipeline/progress.ts';
import { formatSummary, Tally } from '../ingest/pipeline/tally.ts';
import { readInputs, totalInputBytes } from '../ingest/sources/read-inputs.ts';
import { openStore } from '../store/index.ts';
import { linkPendingEvents, type LinkSummary } from '../store/incidents-link.ts';
import { watchStoredIncidents, type HookResult } from '../watch/hook/index.ts';
import { printFired } from './watch-output.ts';
import { batchExitCode, UsageError, type ExitCode, type Io } from './io.ts';

// What `eventlens ingest` runs (its flags are declared in ingest-command.ts).

export interface IngestFlags {
  readonly db: string;
  readonly published?: string;
  readonly fetch?: boolean;
  readonly fetchPrivate?: boolean;
  readonly workers?: string;
  readonly batch: string;
  readonly progress: boolean;
  readonly progressEvery: string;
  readonly queue?: string;
}

export async function ingestCommand(io: Io, inputs: readonly string[], o: IngestFlags, program: Command): Promise<ExitCode> {
  if (o.queue !== undefined) return (await import('./queue-ingest-action.ts')).queueIngestCommand(io, inputs, { ...o, queue: o.queue }, program);
  const published = o.published === undefined ? undefined : usage(() => normalisePublished(o.published, '--published'));
  const workers = o.workers === undefined ? undefined : count('--workers', o.workers);
  const batchSize = count('--batch', o.batch);
  const intervalMs = Number(o.progressEvery) * 1000;
  if (!(intervalMs > 0)) throw new UsageError(`--progress-every must be a number of seconds > 0, not '${o.progressEvery}'`);
  const kbFiles = program.opts<{ kb?: string[] }>().kb ?? [];
  const store = await openStore(o.db);
  const tally = new Tally();
  const read = new BytesRead();
  const progress: Progress | null = o.progress ? startProgress(tally, { stream: process.stderr, totalBytes: totalInputBytes(inputs), read, intervalMs }) : null;
  const report = (line: string) => (progress && process.stderr.isTTY ? progress.log(line) : io.err(line));
  // Ctrl-C (or kill): stop reading, finish and store what is in flight; a second Ctrl-C quits at once,
  // and committed batches are safe either way.
  const stop = new AbortController();
  const onSignal = () => {
    if (stop.signal.aborted) process.exit(130);
    stop.abort();
    report('stopping: finishing the documents in flight (Ctrl-C again to quit now; the next run resumes)');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let linked: LinkSummary | null = null;
  let fired: HookResult | null = null;
  try {
    await runIngest(readInputs(inputs, { published, fetch: o.fetch, fetchPrivate: o.fetchPrivate, counter: read }), store,
      { workers, batchSize, kbFiles, tally, signal: stop.signal, onError: report });
    // the new reports join the incidents already stored (or start new ones); resumable like the ingest
    if (!stop.signal.aborted && store.url !== ':memory:') linked = await linkPendingEvents(store);
    // the watch rules enabled on this store, over the incidents just made or changed
    if (linked !== null) fired = await watchStoredIncidents(store, linked.incidentIds, { report });
  } catch (error) {
    // "database disk image is malformed" alone does not say which database
    const message = error instanceof Error ? error.message : String(error);
    throw message.includes(o.db) ? error : new Error(`${o.db}: ${message}`);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    progress?.stop();
    await store.close();
  }
  io.out(formatSummary(tally, o.db));
  if (linked && linked.events > 0) io.out(`incidents: ${linked.events} reports linked, ${linked.created} new incidents`);
  if (fired && fired.rules > 0) printFired(io, fired);
  if (stop.signal.aborted) {
    io.err('interrupted: run the same command again to continue where it stopped');
    return 1;
  }
  return batchExitCode(tally.done - tally.failed, tally.failed);
}

function count(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} must be a whole number ≥ 1, not '${value}'`);
  return n;
}

function usage<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
