import type { WorkerUtils } from 'graphile-worker';
import type pg from 'pg';
import { quoteIdent } from '../store/postgres/pg-url.ts';
import { takeDeadLetters } from './dead-letters.ts';
import type { Enqueuer } from './enqueue.ts';
import { CODE_BATCH_TASK, QueuedDoc } from './job-payload.ts';

// `queue retry-failed`: jobs out of attempts run again from attempt 0, and dead-letter documents are
// queued again in new batches (after the coder or the database was fixed; a document that fails again
// comes back to the table).

export interface RetrySummary {
  readonly jobs: number;
  readonly documents: number;
  /** Dead letters that were not a document at all (a malformed job payload): dropped, reported. */
  readonly unusable: readonly string[];
}

export async function retryFailed(db: pg.Pool, utils: WorkerUtils, workerSchema: string, enqueuer: Enqueuer, batchSize: number): Promise<RetrySummary> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id::text FROM ${quoteIdent(workerSchema)}.jobs
     WHERE task_identifier = $1 AND locked_at IS NULL AND attempts >= max_attempts`, [CODE_BATCH_TASK]);
  if (rows.length > 0) await utils.rescheduleJobs(rows.map((r) => r.id), { attempts: 0, runAt: new Date() });
  let documents = 0;
  const unusable: string[] = [];
  for (;;) {
    const letters = await takeDeadLetters(db, batchSize);
    if (letters.length === 0) break;
    const docs: QueuedDoc[] = [];
    for (const letter of letters) {
      const doc = QueuedDoc.safeParse(letter.doc);
      if (doc.success && typeof (doc.data.article as { id?: unknown } | null)?.id === 'string') docs.push(doc.data);
      else unusable.push(letter.docId);
    }
    if (docs.length > 0) await enqueuer.add(docs);
    documents += docs.length;
  }
  return { jobs: rows.length, documents, unusable };
}
