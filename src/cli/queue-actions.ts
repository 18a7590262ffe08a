import type { Command } from 'commander';
import pg from 'pg';
import {
  coderVersion, Enqueuer, ensureQueueTables, formatStatus, listDeadLetters, queueStatus, queueTarget, retryFailed, runWorker,
  searchPathOption, workerUtils, type QueueTarget,
} from '../queue/index.ts';
import { displayUrl } from '../store/index.ts';
import { UsageError, type ExitCode, type Io } from './io.ts';

// What `worker`, `queue status` and `queue retry-failed` run (declared in queue-commands.ts).

export async function workerCommand(io: Io, o: { db: string; concurrency: string; exitWhenEmpty?: boolean; lease: string }, program: Command): Promise<ExitCode> {
  const target = targetOf(o.db);
  const concurrency = count('--concurrency', o.concurrency);
  const leaseSeconds = Number(o.lease);
  if (!(leaseSeconds > 0)) throw new UsageError(`--lease must be a number of seconds > 0, not '${o.lease}'`);
  // SIGTERM (a deploy, a scale-down) or Ctrl-C: take no new batch, finish and commit the running ones;
  // a second signal quits at once, and the lease returns the running batches to the queue.
  const stop = new AbortController();
  const onSignal = () => {
    if (stop.signal.aborted) process.exit(130);
    stop.abort();
    io.err('stopping: finishing the running batches (signal again to quit now; their lease returns them to the queue)');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const summary = await runWorker({
      url: target.url, concurrency, exitWhenEmpty: o.exitWhenEmpty === true, leaseMs: leaseSeconds * 1000,
      kbFiles: program.opts<{ kb?: string[] }>().kb ?? [], signal: stop.signal, report: io.err,
    });
    io.out(`${summary.batches} batches, ${summary.docs} documents: ${summary.stored} articles stored, ${summary.events} events, `
      + `${summary.dead} to the dead-letter table → ${displayUrl(o.db)}`);
    if (summary.linked && summary.linked.events > 0) io.out(`incidents: ${summary.linked.events} reports linked, ${summary.linked.created} new incidents`);
    if (summary.watch !== null) (await import('./watch-output.ts')).printFired(io, summary.watch);
  } catch (error) {
    throw withUrl(error, o.db);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return 0;
}

export async function statusCommand(io: Io, o: { db: string; json?: boolean }): Promise<ExitCode> {
  const target = targetOf(o.db);
  return withDb(target, async (db) => {
    const status = await queueStatus(db, target.workerSchema);
    if (o.json) io.out(JSON.stringify(status));
    else for (const line of formatStatus(status)) io.out(line);
    return 0;
  });
}

export async function retryCommand(io: Io, o: { db: string; batch: string; list?: boolean }, program: Command): Promise<ExitCode> {
  const target = targetOf(o.db);
  const batch = count('--batch', o.batch);
  return withDb(target, async (db) => {
    if (o.list) {
      for (const letter of await listDeadLetters(db, 10_000)) io.out(`${letter.docId}\t${letter.failures}\t${letter.failedAt}\t${letter.error}`);
      return 0;
    }
    const utils = await workerUtils(target, io.err);
    try {
      const enqueuer = new Enqueuer(utils, coderVersion(program.opts<{ kb?: string[] }>().kb ?? []));
      const summary = await retryFailed(db, utils, target.workerSchema, enqueuer, batch);
      for (const id of summary.unusable) io.err(`${id}: not a document (a malformed job); dropped from the dead-letter table`);
      io.out(`${summary.jobs} failed batches to run again, ${summary.documents} dead-letter documents queued in ${enqueuer.jobs} batches`);
      return 0;
    } finally {
      await utils.release();
    }
  });
}

function targetOf(url: string): QueueTarget {
  try {
    return queueTarget(url, '--db');
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function withDb(target: QueueTarget, fn: (db: pg.Pool) => Promise<ExitCode>): Promise<ExitCode> {
  const db = new pg.Pool({ connectionString: target.connectionString, max: 2, ...searchPathOption(target) });
  db.on('error', () => undefined);
  try {
    await ensureQueueTables(db);
    return await fn(db);
  } catch (error) {
    throw withUrl(error, target.url);
  } finally {
    await db.end();
  }
}

function withUrl(error: unknown, url: string): Error {
  const message = error instanceof Error ? error.message : String(error);
  const shown = displayUrl(url);
  return message.includes(shown) ? (error as Error) : new Error(`${shown}: ${message}`);
}

function count(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} must be a whole number ≥ 1, not '${value}'`);
  return n;
}
