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

  /** Store-shaped (ingest's writer calls it like store.saveMany): a queued item is reported 'stored'. */
  async saveMany(items: Iterable<SaveItem>): Promise<SaveManyResult[]> {
    const results: SaveManyResult[] = [];
    const docs: QueuedDoc[] = [];
    for (const { article, meta } of items) {
      // PostgreSQL can hold no NUL character (a JSON Lines "\u0000"), in a job as in an article
      if ([article.id, article.text, article.title, article.url].some((s) => s?.includes('\u0000'))) {
        results.push({ status: 'failed', docId: article.id, error: new Error('contains a NUL character, which PostgreSQL cannot store') });
        continue;
      }
      docs.push({ article, meta: { ...meta } });
      results.push({ status: 'stored', articleId: 0, events: 0 });
    }
    if (docs.length > 0) await this.add(docs);
    return results;
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
