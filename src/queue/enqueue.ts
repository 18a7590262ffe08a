import type { WorkerUtils } from 'graphile-worker';
import type { SaveItem, SaveManyResult } from '../store/index.ts';
import { batchJobKey, CODE_BATCH_TASK, type QueuedDoc } from './job-payload.ts';

// Ingest with --queue: the ingest pipeline reads, prepares and deduplicates as always, and hands its
// batches to this sink instead of the store. Each batch becomes one job; the documents are coded and
// stored by the workers.

/** Attempts before Graphile Worker gives a job up (then `queue retry-failed`). Per-document failures
 *  never fail a job (they go to the dead-letter table); a job fails on a lost database or worker. */
export const MAX_ATTEMPTS = 5;

export class Enqueuer {
  jobs = 0;
  docs = 0;

  constructor(private readonly utils: WorkerUtils, private readonly coderVersion: string) {}

  /** Store-shaped (ingest's writer calls it like store.saveMany): every item is reported 'stored'. */
  async saveMany(items: Iterable<SaveItem>): Promise<SaveManyResult[]> {
    const docs: QueuedDoc[] = [...items].map((item) => ({ article: item.article, meta: { ...item.meta } }));
    if (docs.length === 0) return [];
    await this.add(docs);
    return docs.map(() => ({ status: 'stored', articleId: 0, events: 0 }));
  }

  async add(docs: readonly QueuedDoc[]): Promise<void> {
    const ids = docs.map((d) => (d.article as { id: string }).id);
    await this.utils.addJobs([{
      identifier: CODE_BATCH_TASK,
      payload: { coderVersion: this.coderVersion, docs },
      jobKey: batchJobKey(this.coderVersion, ids),
      maxAttempts: MAX_ATTEMPTS,
    }]);
    this.jobs++;
    this.docs += docs.length;
  }
}
