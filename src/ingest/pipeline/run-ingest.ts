import { availableParallelism } from 'node:os';
import type { CoderOptions } from '../../core/index.ts';
import type { Store } from '../../store/index.ts';
import { WorkerPool, type Handle } from '../../workers/worker-pool.ts';
import { Deduplicator, type Verdict } from '../dedup/deduplicator.ts';
import { formatFingerprint, parseFingerprint } from '../dedup/fingerprint.ts';
import type { RawDoc, SourceItem } from '../sources/source-item.ts';
import { OrderedQueue } from './ordered-queue.ts';
import { ReadAhead } from './read-ahead.ts';
import type { Outcome } from './outcome.ts';
import { StoreWriter } from './store-writer.ts';
import { Tally } from './tally.ts';
import { Window } from './window.ts';

// The ingest pipeline. The main thread reads inputs and writes the store; workers prepare and code:
//
//   read ──▶ skip stored doc_ids ──▶ worker: extract, check, fingerprint ──▶ dedup (input order)
//        ──▶ worker: code (or release a copy uncoded) ──▶ store, BATCH_SIZE per transaction (input order)
//
// At most `window` documents are between reading and writing, so memory does not grow with the
// corpus. Resume: the doc_ids and fingerprints of stored articles are loaded first; a document
// already stored costs one read and one hash, and is neither coded nor written again.

export type IngestStore = Pick<Store, 'saveMany' | 'fingerprints'>;

export interface IngestOptions {
  /** Default: one per core. */
  readonly workers?: number;
  /** Documents in flight; default 48 per worker. */
  readonly window?: number;
  readonly batchSize?: number;
  readonly kbFiles?: readonly string[];
  readonly coderOptions?: CoderOptions;
  /** Aborting stops reading; documents in flight are finished and written. */
  readonly signal?: AbortSignal;
  /** Pass one in to watch progress while the ingest runs. */
  readonly tally?: Tally;
  /** One line per failed document or input. */
  readonly onError?: (line: string) => void;
  /** Near-duplicate threshold in bits (default NEAR_DUPLICATE_BITS). */
  readonly nearDistance?: number;
  /** false: documents are prepared and deduplicated but not coded (ingest --queue: its workers code them). */
  readonly code?: boolean;
  /** Called once the coder threads are started (benches read their threads' CPU and idle time). */
  readonly onPool?: (pool: WorkerPool) => void;
}

export async function runIngest(items: AsyncIterable<SourceItem>, store: IngestStore, opts: IngestOptions = {}): Promise<Tally> {
  const tally = opts.tally ?? new Tally();
  const report = opts.onError ?? (() => {});
  const dedup = new Deduplicator(opts.nearDistance);
  const known = new Set<string>();
  // workers load the knowledge base in their threads while this one reads the stored fingerprints; if
  // reading fails (a corrupted database), the starting threads are stopped, or they would keep the
  // process alive for ever
  const starting = new AbortController();
  let secondDocument: (found: boolean) => void = () => {};
  const growWhen = new Promise<boolean>((resolve) => (secondDocument = resolve));
  const poolStarted = WorkerPool.start(opts.workers ?? availableParallelism(), { kbFiles: opts.kbFiles ?? [], coderOptions: opts.coderOptions ?? {} }, starting.signal, { growWhen });
  poolStarted.catch(() => {}); // handled below; this only keeps an early failure from being "unhandled"
  try {
    await loadStored(store, dedup, known);
  } catch (error) {
    secondDocument(false);
    starting.abort();
    await poolStarted.catch(() => {});
    throw error;
  }
  // while the first coder thread loads: a second document to code in the first few starts the others now
  const input = new ReadAhead(items);
  const fresh = new Set<string>();
  const filling = input.fill(2, (item) => isNewDocument(item, known, fresh), READ_AHEAD).then(secondDocument);
  // a coder thread that cannot start is reported at once, not after the read-ahead (stdin may be slow)
  const pool = await poolStarted;
  await filling;
  opts.onPool?.(pool);
  const window = new Window(opts.window ?? 48 * pool.size);
  const writer = new StoreWriter(store, tally, dedup, report, opts.batchSize);
  const queue = new OrderedQueue<Outcome>();
  // A store error stops the ingest: the reader stops, what is in flight is drained unwritten.
  let writeError: unknown = null;
  const writing = (async () => {
    for await (const outcome of queue) {
      window.release();
      if (writeError !== null) continue;
      try {
        await writer.add(outcome);
      } catch (error) {
        writeError = error;
      }
    }
    if (writeError === null) await writer.flush();
  })();
  // dedup must see documents in input order, whichever worker finishes first
  let inOrder: Promise<unknown> = Promise.resolve();
  let dispatched = 0;
  try {
    for await (const item of input) {
      if (opts.signal?.aborted || writeError !== null) break;
      tally.read++;
      if (item.kind === 'error') {
        tally.failed++;
        report(item.error.message);
        continue;
      }
      if (item.kind === 'skip') {
        tally.skip(item.reason, item.detail);
        continue;
      }
      const id = docIdOf(item);
      if (known.has(id)) {
        tally.alreadyStored++;
        continue;
      }
      known.add(id);
      // a second document to code: now the other workers are worth their start-up (if the read-ahead
      // did not find it already)
      if (++dispatched === 2) pool.grow();
      await window.acquire();
      const handle = pool.prepare(item);
      const decided = inOrder.then(() => handle.summary).then((summary) => decide(summary, dedup))
        .catch((error: unknown) => failed(error, item.source));
      inOrder = decided;
      queue.push(decided.then((d) => finish(d, handle, pool, tally, item.source, opts.code ?? true)));
    }
  } finally {
    queue.close();
    await writing.finally(() => pool.close());
  }
  if (writeError !== null) throw writeError;
  return tally;
}

// Items read ahead at most: enough to find the second document to code in any normal input.
const READ_AHEAD = 64;

function isNewDocument(item: SourceItem, known: ReadonlySet<string>, seen: Set<string>): boolean {
  if (item.kind === 'error' || item.kind === 'skip') return false;
  const id = docIdOf(item);
  if (known.has(id) || seen.has(id)) return false;
  seen.add(id);
  return true;
}

function docIdOf(doc: RawDoc): string {
  return doc.kind === 'text' ? doc.article.id : doc.id;
}

async function loadStored(store: IngestStore, dedup: Deduplicator, known: Set<string>): Promise<void> {
  for await (const { docId, simhash } of store.fingerprints()) {
    known.add(docId);
    const fingerprint = parseFingerprint(simhash);
    if (fingerprint !== null) dedup.remember(docId, fingerprint);
  }
}

type Decision =
  | { readonly kind: 'outcome'; readonly outcome: Outcome }
  | { readonly kind: 'code' | 'release'; readonly verdict: Verdict; readonly key: string; readonly simhash: string };

function decide(summary: Awaited<Handle['summary']>, dedup: Deduplicator): Decision {
  if (!summary.ok) {
    const outcome: Outcome = 'error' in summary
      ? { kind: 'failed', message: summary.error, source: '' }
      : { kind: 'skip', reason: summary.refusal.reason, detail: summary.refusal.detail, source: '' };
    return { kind: 'outcome', outcome };
  }
  const verdict = dedup.check(summary.docId, summary.key, summary.fingerprint);
  const simhash = formatFingerprint(summary.fingerprint);
  return { kind: verdict.kind === 'unique' ? 'code' : 'release', verdict, key: summary.key, simhash };
}

function failed(error: unknown, source: string): Decision {
  return { kind: 'outcome', outcome: { kind: 'failed', message: error instanceof Error ? error.message : String(error), source } };
}

async function finish(decision: Decision, handle: Handle, pool: WorkerPool, tally: Tally, source: string, code: boolean): Promise<Outcome> {
  if (decision.kind === 'outcome') return { ...decision.outcome, source };
  try {
    const coded = decision.kind === 'code' && code ? await pool.code(handle) : await pool.release(handle);
    tally.codeMs += coded.codeMs;
    const { verdict } = decision;
    const duplicateOf = verdict.kind === 'unique' ? undefined : verdict.of;
    return {
      kind: 'save',
      article: coded.article,
      events: coded.events ?? [],
      meta: { sourcePath: source, simhash: decision.simhash, ...(duplicateOf === undefined ? {} : { duplicateOf }) },
      verdict: verdict.kind,
      key: decision.key,
      source,
    };
  } catch (error) {
    return { kind: 'failed', message: (error as Error).message, source };
  }
}
