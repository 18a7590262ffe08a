import type { Article, Event } from '../schema/event.ts';
import type { CoderOptions } from '../core/index.ts';
import type { ModelParts } from '../nlp/syntax/model-codec.ts';
import type { Fingerprint } from '../ingest/dedup/fingerprint.ts';
import type { Refusal } from '../ingest/quality/text-quality.ts';
import type { RawDoc } from '../ingest/sources/source-item.ts';

// The protocol between the ingest pipeline (main thread) and a coder worker. A document goes over
// once: the worker prepares it and keeps the article; the main thread, having deduplicated the
// summary in input order, says what to do with it: code it, send it back uncoded (a duplicate,
// stored linked to its first copy), or drop it.

export interface WorkerConfig {
  /** --kb files, merged over the bundled knowledge. */
  readonly kbFiles: readonly string[];
  readonly coderOptions: CoderOptions;
  /** Old-generation ceiling per thread (default in worker-pool.ts, sized for news articles in a stream). */
  readonly maxOldGenerationMb?: number;
  /** The syntax model's tables in shared memory, read by every coder thread (model-file.ts `sharedModelParts`). */
  readonly syntaxModel?: ModelParts;
}

export type ToWorker =
  | { readonly type: 'prepare'; readonly seq: number; readonly doc: RawDoc }
  | { readonly type: 'code'; readonly seq: number }
  | { readonly type: 'release'; readonly seq: number }
  | { readonly type: 'drop'; readonly seq: number }
  /** The server's POST /articles: an article as it is, coded without the ingest checks. */
  | { readonly type: 'codeArticle'; readonly seq: number; readonly article: Article };

export type PrepareSummary =
  | { readonly ok: true; readonly docId: string; readonly key: string; readonly fingerprint: Fingerprint }
  | { readonly ok: false; readonly refusal: Refusal }
  | { readonly ok: false; readonly error: string };

export type FromWorker =
  /** thread: the worker's Linux thread id (its CPU time in /proc), null elsewhere. */
  | { readonly type: 'ready'; readonly loadMs: number; readonly thread: number | null }
  | { readonly type: 'fatal'; readonly error: string }
  | { readonly type: 'prepared'; readonly seq: number; readonly summary: PrepareSummary }
  /** Answer to 'code' (events) and to 'release' (events: null). */
  | { readonly type: 'done'; readonly seq: number; readonly article: Article; readonly events: readonly Event[] | null; readonly codeMs: number }
  | { readonly type: 'failed'; readonly seq: number; readonly error: string };
