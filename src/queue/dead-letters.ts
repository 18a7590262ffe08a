import type pg from 'pg';
import type { QueuedDoc } from './job-payload.ts';

// Documents the workers could not code or store, with the error, kept until `queue retry-failed`
// queues them again (after a fix to the coder, or to the database that refused them).

export interface DeadLetter {
  readonly docId: string;
  /** The queued document as JSON (as the job carried it). */
  readonly document: string;
  readonly error: string;
  readonly coderVersion: string;
  readonly jobKey: string;
}

// A job retried after a crash meets its poison documents again: the row is updated, not doubled.
const UPSERT = `INSERT INTO queue_dead_letters (doc_key, doc_id, document, error, coder_version, job_key)
  SELECT md5(d->>0), d->>0, d->>1, d->>2, d->>3, d->>4 FROM jsonb_array_elements($1::jsonb) d
  ON CONFLICT (doc_key) DO UPDATE SET document = excluded.document, error = excluded.error,
    coder_version = excluded.coder_version, job_key = excluded.job_key,
    failures = queue_dead_letters.failures + 1, failed_at = now()`;

export async function recordDeadLetters(db: pg.Pool, letters: readonly DeadLetter[]): Promise<void> {
  if (letters.length === 0) return;
  // The document is JSON text, so a NUL byte in it is already the escape \u0000; but an error message or
  // doc_id could hold a raw one, which PostgreSQL text refuses: written as the escape too.
  const rows = letters.map((l) => [l.docId, l.document, l.error, l.coderVersion, l.jobKey].map(withoutNul));
  await db.query(UPSERT, [JSON.stringify(rows)]);
}

const withoutNul = (s: string): string => s.replace(/\u0000/g, '\\u0000');

export interface DeadLetterRow {
  readonly docId: string;
  readonly error: string;
  readonly failures: number;
  readonly failedAt: string;
}

export async function listDeadLetters(db: pg.Pool, limit: number): Promise<DeadLetterRow[]> {
  const { rows } = await db.query<{ doc_id: string; error: string; failures: number; failed_at: Date }>(
    'SELECT doc_id, error, failures, failed_at FROM queue_dead_letters ORDER BY failed_at, doc_key LIMIT $1', [limit]);
  return rows.map((r) => ({ docId: r.doc_id, error: r.error, failures: r.failures, failedAt: r.failed_at.toISOString() }));
}

/** Takes up to `limit` dead letters out of the table, oldest first: the caller queues them again. A
 *  crash between taking and queueing loses nothing for good: ingest queues the documents again. */
export async function takeDeadLetters(db: pg.Pool, limit: number): Promise<{ docId: string; doc: unknown }[]> {
  const { rows } = await db.query<{ doc_id: string; document: string }>(
    `DELETE FROM queue_dead_letters WHERE doc_key IN (SELECT doc_key FROM queue_dead_letters ORDER BY failed_at, doc_key LIMIT $1)
     RETURNING doc_id, document`, [limit]);
  return rows.map((r) => ({ docId: r.doc_id, doc: parseDocument(r.document) }));
}

function parseDocument(json: string): unknown {
  try {
    return JSON.parse(json) as QueuedDoc;
  } catch {
    return null;
  }
}
