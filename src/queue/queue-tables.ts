import type pg from 'pg';

// The queue's own tables, beside the store's in the same schema (Graphile Worker keeps its jobs in its
// own schema). Created if missing, under an advisory lock: several workers start at once.
//
// queue_dead_letters: one row per document that could not be coded or stored, with the error; `queue
//   retry-failed` queues them again. Keyed by the md5 of the doc_id (an id too long for an index is one
//   way a document fails): a retried job that fails again updates its row.
// queue_workers: one row per Graphile worker id with its last heartbeat; a lock held by a worker whose
//   heartbeat is older than the lease is released (leases.ts).
// queue_batches: one row per finished job, for `queue status` throughput.
const TABLES = `
  CREATE TABLE IF NOT EXISTS queue_dead_letters (
    doc_key       text PRIMARY KEY,
    doc_id        text NOT NULL,
    document      text NOT NULL,
    error         text NOT NULL,
    coder_version text NOT NULL,
    job_key       text,
    failures      integer NOT NULL DEFAULT 1,
    failed_at     timestamptz NOT NULL DEFAULT now()
  );
  CREATE TABLE IF NOT EXISTS queue_workers (
    worker_id    text PRIMARY KEY,
    host         text NOT NULL,
    pid          integer NOT NULL,
    heartbeat_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE TABLE IF NOT EXISTS queue_batches (
    job_key     text PRIMARY KEY,
    worker_id   text NOT NULL,
    docs        integer NOT NULL,
    stored      integer NOT NULL,
    events      integer NOT NULL,
    dead        integer NOT NULL,
    code_ms     double precision NOT NULL,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz NOT NULL DEFAULT now()
  );
`;

export async function ensureQueueTables(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('eventlens-queue-tables:' || current_schema()))`);
    await client.query(TABLES);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
