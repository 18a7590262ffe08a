import type { Command } from 'commander';
import { normalisePublished } from '../ingest/index.ts';
import { runIngest } from '../ingest/pipeline/run-ingest.ts';
import { Tally } from '../ingest/pipeline/tally.ts';
import { readInputs } from '../ingest/sources/read-inputs.ts';
import { coderVersion, Enqueuer, queueTarget, workerUtils } from '../queue/index.ts';
import { displayUrl, openStore } from '../store/index.ts';
import type { IngestFlags } from './ingest-action.ts';
import { DEFAULT_DB, UsageError, type ExitCode, type Io } from './io.ts';

// `eventlens ingest INPUTS… --queue postgres://…`: read, prepare and deduplicate exactly as a local
// ingest does (against the articles already stored in that database too), then queue the documents in
// batches of --batch for `eventlens worker` to code and store. Nothing is coded here.

export async function queueIngestCommand(io: Io, inputs: readonly string[], o: IngestFlags & { readonly queue: string }, program: Command): Promise<ExitCode> {
  let target;
  try {
    target = queueTarget(o.queue, '--queue');
    if (o.db !== DEFAULT_DB && o.db !== o.queue) throw new Error('--db and --queue name two databases: the queued documents are stored in the --queue database');
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const published = o.published === undefined ? undefined : normalisePublished(o.published, '--published');
  const batchSize = count('--batch', o.batch);
  const workers = o.workers === undefined ? undefined : count('--workers', o.workers);
  const kbFiles = program.opts<{ kb?: string[] }>().kb ?? [];
  const stop = new AbortController();
  const onSignal = () => {
    if (stop.signal.aborted) process.exit(130);
    stop.abort();
    io.err('stopping: queueing the documents in flight (signal again to quit now; the next run resumes)');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const tally = new Tally();
  let enqueuer: Enqueuer | null = null;
  try {
    const store = await openStore(o.queue);
    try {
      const utils = await workerUtils(target, io.err);
      try {
        const sink = new Enqueuer(utils, coderVersion(kbFiles));
        enqueuer = sink;
        await runIngest(readInputs(inputs, { published, fetch: o.fetch, fetchPrivate: o.fetchPrivate }),
          { saveMany: (items) => sink.saveMany(items), fingerprints: () => store.fingerprints() },
          { workers, batchSize, kbFiles, tally, signal: stop.signal, onError: io.err, code: false });
      } finally {
        await utils.release();
      }
    } finally {
      await store.close();
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const shown = displayUrl(o.queue);
    throw message.includes(shown) ? error : new Error(`${shown}: ${message}`);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  io.out(queueSummary(tally, enqueuer, displayUrl(o.queue)));
  if (stop.signal.aborted) {
    io.err('interrupted: run the same command again to queue the rest');
    return 1;
  }
  return tally.done - tally.failed === 0 && tally.failed > 0 ? 1 : 0;
}

function queueSummary(t: Tally, enqueuer: Enqueuer | null, url: string): string {
  const lines = [`${enqueuer?.docs ?? 0} documents queued in ${enqueuer?.jobs ?? 0} batches (${t.stored} to code, `
    + `${t.exactDuplicates + t.nearDuplicates} duplicates to store linked to their first copy), ${t.alreadyStored} already stored, ${t.failed} failed → ${url}`];
  if (t.skipped.size > 0) lines.push(`skipped: ${[...t.skipped].map(([reason, n]) => `${n} ${reason}`).join(', ')}`);
  lines.push('code them with: eventlens worker --db <the same URL> [--exit-when-empty]');
  return lines.join('\n');
}

function count(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} must be a whole number ≥ 1, not '${value}'`);
  return n;
}
