import { createHash } from 'node:crypto';
import { z } from 'zod';

// One job: a batch of documents that ingest has read, prepared and deduplicated, to be coded and
// stored by whichever worker takes it. Documents are kept loose here (unknown article) and checked one
// by one by the worker, so one malformed document goes to the dead-letter table, not the whole batch.

export const CODE_BATCH_TASK = 'eventlens_code_batch';

export const QueuedDoc = z.object({
  article: z.unknown(),
  meta: z.object({
    sourcePath: z.string().optional(),
    simhash: z.string().optional(),
    duplicateOf: z.string().optional(),
  }).default({}),
});
export type QueuedDoc = z.infer<typeof QueuedDoc>;

export const BatchPayload = z.object({
  coderVersion: z.string(),
  docs: z.array(z.unknown()).min(1),
});
export type BatchPayload = z.infer<typeof BatchPayload>;

/** doc_id of a queued document, or a stand-in naming its place in the job when it has none. */
export function queuedDocId(doc: unknown, jobKey: string, index: number): string {
  const id = (doc as { article?: { id?: unknown } } | null)?.article?.id;
  return typeof id === 'string' && id !== '' ? id : `${jobKey}#${index}`;
}

// Content-addressed: the doc_ids already end in a hash of the content (or are the corpus's own ids),
// so the same documents queued again for the same coder get the same key, and Graphile Worker keeps
// one job for them while it waits.
export function batchJobKey(coderVersion: string, docIds: readonly string[]): string {
  const hash = createHash('sha256').update(docIds.join('\n'), 'utf8').digest('hex').slice(0, 24);
  return `eventlens:${coderVersion}:${hash}`;
}
