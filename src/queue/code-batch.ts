import type pg from 'pg';
import { Article, type Event } from '../schema/event.ts';
import type { SaveItem, Store } from '../store/index.ts';
import type { WorkerPool } from '../workers/worker-pool.ts';
import { recordDeadLetters, type DeadLetter } from './dead-letters.ts';
import { BatchPayload, QueuedDoc, queuedDocId } from './job-payload.ts';

// One job: code its documents and store them, exactly once in effect although a job may run more than
// once (a worker killed after its commit, before Graphile Worker marked the job done):
// - articles are keyed by doc_id (which ends in a content hash) and content hash, and saveMany writes a
//   batch in one transaction with ON CONFLICT DO NOTHING: an article already stored is a 'duplicate'
//   and its events are not written again;
// - documents already stored are not even coded again (one indexed lookup first);
// - a document that cannot be coded or stored goes to the dead-letter table with its error; the job
//   still succeeds, so the other documents are not retried with it.

/** A document that takes longer than this is given up (its coder thread is stopped and replaced). */
export const DOC_TIMEOUT_MS = 60_000;
/** How long to wait for a replaced coder thread to load its knowledge base. */
const POOL_WAIT_MS = 60_000;

export interface BatchContext {
  readonly store: Pick<Store, 'saveMany'>;
  readonly db: pg.Pool;
  readonly coders: WorkerPool;
  readonly coderVersion: string;
}

export interface BatchResult {
  readonly docs: number;
  readonly stored: number;
  readonly events: number;
  readonly dead: number;
  readonly codeMs: number;
}

export async function codeBatch(payload: unknown, jobKey: string, ctx: BatchContext): Promise<BatchResult> {
  const dead: DeadLetter[] = [];
  const fail = (docId: string, document: unknown, error: string) =>
    dead.push({ docId, document: JSON.stringify(document) ?? 'null', error, coderVersion: ctx.coderVersion, jobKey });
  const batch = BatchPayload.safeParse(payload);
  if (!batch.success) {
    fail(`${jobKey}#payload`, payload, `malformed job payload: ${batch.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    await recordDeadLetters(ctx.db, dead);
    return { docs: 0, stored: 0, events: 0, dead: 1, codeMs: 0 };
  }
  const docs: { doc: QueuedDoc; article: Article; raw: unknown }[] = [];
  batch.data.docs.forEach((raw, i) => {
    const doc = QueuedDoc.safeParse(raw);
    const article = doc.success ? Article.safeParse(doc.data.article) : null;
    if (!doc.success || !article?.success) {
      const issues = (doc.success ? article!.error! : doc.error).issues.map((issue) => `${issue.path.join('.') || 'document'}: ${issue.message}`);
      fail(queuedDocId(raw, jobKey, i), raw, `malformed document: ${issues.join('; ')}`);
    } else docs.push({ doc: doc.data, article: article.data, raw });
  });
  const stored = await alreadyStored(ctx.db, docs.map((d) => d.article.id));
  const items: SaveItem[] = [];
  const raws: unknown[] = [];
  let codeMs = 0;
  for (const { doc, article, raw } of docs) {
    if (stored.has(article.id)) continue;
    let events: readonly Event[] = [];
    // a copy (exact or near duplicate) is stored linked to its first copy, uncoded, as ingest does
    if (doc.meta.duplicateOf === undefined) {
      try {
        const coded = await codeWhenReady(ctx.coders, article);
        events = coded.events ?? [];
        codeMs += coded.codeMs;
      } catch (error) {
        // no coder thread at all is this machine's problem, not the document's: the job is retried
        if (error instanceof NoCoders) throw error;
        fail(article.id, raw, `coder: ${(error as Error).message}`);
        continue;
      }
    }
    items.push({ article, events, meta: doc.meta });
    raws.push(raw);
  }
  const results = items.length === 0 ? [] : await ctx.store.saveMany(items);
  let written = 0;
  let events = 0;
  results.forEach((result, i) => {
    if (result.status === 'failed') fail(items[i].article.id, raws[i], `not stored: ${result.error.message}`);
    else if (result.status === 'stored') {
      written++;
      events += result.events;
    }
  });
  await recordDeadLetters(ctx.db, dead);
  return { docs: batch.data.docs.length, stored: written, events, dead: dead.length, codeMs };
}

async function alreadyStored(db: pg.Pool, docIds: readonly string[]): Promise<Set<string>> {
  if (docIds.length === 0) return new Set();
  const { rows } = await db.query<{ doc_id: string }>('SELECT doc_id FROM articles WHERE doc_id = ANY($1::text[])', [docIds]);
  return new Set(rows.map((r) => r.doc_id));
}

// A coder thread stopped by a document's timeout is replaced, and for the second or two its successor
// loads the knowledge base the pool may have no ready thread: wait for one instead of failing the
// next documents.
async function codeWhenReady(coders: WorkerPool, article: Article): ReturnType<WorkerPool['codeArticle']> {
  const deadline = Date.now() + POOL_WAIT_MS;
  for (;;) {
    try {
      return await coders.codeArticle(article, DOC_TIMEOUT_MS);
    } catch (error) {
      if ((error as Error).message !== 'every coder worker has stopped') throw error;
      if (Date.now() > deadline) throw new NoCoders(`no coder thread ready after ${POOL_WAIT_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

class NoCoders extends Error {}
