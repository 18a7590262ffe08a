import type pg from 'pg';
import type { BatchResult } from './code-batch.ts';

// One row per finished job: what `queue status` computes throughput from. Written after the batch's
// commit; a job run twice keeps its first row (the second finds its articles stored and writes none).

export async function recordBatch(db: pg.Pool, jobKey: string, workerId: string, result: BatchResult, startedAt: Date): Promise<void> {
  await db.query(
    `INSERT INTO queue_batches (job_key, worker_id, docs, stored, events, dead, code_ms, started_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (job_key) DO NOTHING`,
    [jobKey, workerId, result.docs, result.stored, result.events, result.dead, result.codeMs, startedAt.toISOString()]);
}

export interface Throughput {
  readonly batches: number;
  readonly docs: number;
  readonly events: number;
  /** Articles per second over the window, all workers together. */
  readonly docsPerSecond: number;
  /** Per-job time not spent coding (reading, storing, queue round trips), in ms. */
  readonly overheadMsPerJob: number;
  readonly workers: number;
}

/** Over the batches finished in the last `windowSeconds`. */
export async function throughput(db: pg.Pool, windowSeconds: number): Promise<Throughput> {
  const { rows: [row] } = await db.query<{ batches: number; docs: number | null; events: number | null; span: number | null; busy: number | null; code: number | null; workers: number }>(
    `SELECT count(*)::int AS batches, sum(docs)::int AS docs, sum(events)::int AS events,
       extract(epoch FROM max(finished_at) - min(started_at))::float8 AS span,
       sum(extract(epoch FROM finished_at - started_at) * 1000)::float8 AS busy, sum(code_ms)::float8 AS code,
       count(DISTINCT worker_id)::int AS workers
     FROM queue_batches WHERE finished_at > now() - $1 * interval '1 second'`, [windowSeconds]);
  const batches = row?.batches ?? 0;
  const span = row?.span ?? 0;
  return {
    batches,
    docs: row?.docs ?? 0,
    events: row?.events ?? 0,
    docsPerSecond: span > 0 ? (row?.docs ?? 0) / span : 0,
    overheadMsPerJob: batches > 0 ? Math.max(0, ((row?.busy ?? 0) - (row?.code ?? 0)) / batches) : 0,
    workers: row?.workers ?? 0,
  };
}
