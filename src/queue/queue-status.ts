import type pg from 'pg';
import { quoteIdent } from '../store/postgres/pg-url.ts';
import { throughput, type Throughput } from './batch-ledger.ts';
import { CODE_BATCH_TASK } from './job-payload.ts';

// What `eventlens queue status` shows, and what `worker --exit-when-empty` waits for.

export interface QueueCounts {
  /** Waiting to run now. */
  readonly pending: number;
  /** Failed at least once, waiting for their next attempt (exponential back-off). */
  readonly retrying: number;
  /** Locked by a worker (or by a dead one, until its lease runs out). */
  readonly running: number;
  /** Out of attempts: `queue retry-failed` runs them again. */
  readonly failed: number;
  /** Documents in the dead-letter table. */
  readonly deadLetters: number;
}

export async function queueCounts(db: pg.Pool, workerSchema: string): Promise<QueueCounts> {
  // nothing was ever queued in this database: Graphile Worker has not created its schema yet
  const { rows: [exists] } = await db.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [`${quoteIdent(workerSchema)}.jobs`]);
  if (exists?.t == null) {
    const { rows: [dead] } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM queue_dead_letters');
    return { pending: 0, retrying: 0, running: 0, failed: 0, deadLetters: dead?.n ?? 0 };
  }
  const { rows: [row] } = await db.query<QueueCounts>(
    `SELECT count(*) FILTER (WHERE locked_at IS NULL AND attempts = 0)::int AS pending,
       count(*) FILTER (WHERE locked_at IS NULL AND attempts > 0 AND attempts < max_attempts)::int AS retrying,
       count(*) FILTER (WHERE locked_at IS NOT NULL)::int AS running,
       count(*) FILTER (WHERE locked_at IS NULL AND attempts >= max_attempts)::int AS failed,
       (SELECT count(*)::int FROM queue_dead_letters) AS "deadLetters"
     FROM ${quoteIdent(workerSchema)}.jobs WHERE task_identifier = $1`, [CODE_BATCH_TASK]);
  return row;
}

/** Nothing left that a worker could still run: no job waiting, retrying or running. */
export function isDrained(counts: QueueCounts): boolean {
  return counts.pending + counts.retrying + counts.running === 0;
}

export interface QueueStatus extends QueueCounts {
  readonly lastMinute: Throughput;
  readonly lastHour: Throughput;
}

export async function queueStatus(db: pg.Pool, workerSchema: string): Promise<QueueStatus> {
  return { ...await queueCounts(db, workerSchema), lastMinute: await throughput(db, 60), lastHour: await throughput(db, 3600) };
}

export function formatStatus(s: QueueStatus): string[] {
  const rate = (t: Throughput, label: string) => (t.batches === 0 ? `${label}: no batch finished`
    : `${label}: ${t.batches} batches, ${t.docs} documents, ${t.events} events by ${t.workers} worker(s) — `
      + `${t.docsPerSecond.toFixed(1)} articles/s, ${t.overheadMsPerJob.toFixed(0)} ms per job not spent coding`);
  return [
    `jobs: ${s.pending} pending, ${s.retrying} retrying, ${s.running} running, ${s.failed} failed`,
    `dead letters: ${s.deadLetters} documents`,
    rate(s.lastMinute, 'last minute'),
    rate(s.lastHour, 'last hour'),
  ];
}
