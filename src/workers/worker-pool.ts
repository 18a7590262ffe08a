import { Worker } from 'node:worker_threads';
import type { Article, Event } from '../schema/event.ts';
import type { RawDoc } from '../ingest/sources/source-item.ts';
import type { FromWorker, PrepareSummary, ToWorker, WorkerConfig } from './messages.ts';
import { coderWorkerFile } from '../paths.ts';

// N coder threads. A document is prepared on the least busy worker and stays there: its code,
// release or drop goes to the same worker (see messages.ts). Each worker processes its messages in
// order, so it always has queued work while the main thread writes to the store.
// A worker that dies (out of memory, a crash in native code) fails its pending documents, which
// are then not stored and are picked up by the next run; the others carry on.

// V8 lets an isolate's old generation grow to several times its live size before a full collection;
// with a 4 GB default ceiling, two idle-looking coders reached 600 MB each on a long corpus. Live
// data is ~170 MB (knowledge base and one article); 384 MB keeps collections frequent enough that the
// process stays under 1 GB with two workers, at no measurable cost in speed (13.3 vs 12.7 ms per
// article at 256 MB, 12.3 at 400 MB, on 1,500 bench articles).
const MAX_OLD_GENERATION_MB = 384;
// The young generation defaults to 48 MB per isolate; 16 MB saved 20-50 MB of peak RSS on the 5,000-
// article bench for ~2% more CPU per article (14.7 vs 14.4 ms, two runs each).
const MAX_YOUNG_GENERATION_MB = 16;
// A worker that dies (out of memory on a pathological document) is replaced, up to this many times.
const MAX_RESTARTS = 8;

export interface StartOptions {
  /** Resolving true starts the other workers then, even before the first is ready (see grow). */
  readonly growWhen?: Promise<boolean>;
}

export interface Coded {
  readonly article: Article;
  /** null: released uncoded (a duplicate). */
  readonly events: readonly Event[] | null;
  readonly codeMs: number;
}

/** A prepared document waiting in one worker. */
export interface Handle {
  readonly seq: number;
  readonly summary: Promise<PrepareSummary>;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Slot {
  readonly worker: Worker;
  /** seq → what the main thread waits for from this worker. */
  readonly pending: Map<number, Pending>;
  ready: boolean;
  alive: boolean;
  /** From its 'ready' message: Linux thread id (null elsewhere) and knowledge-base load time. */
  thread?: number | null;
  loadMs?: number;
  /** Stopped on purpose by codeArticle's deadline: replaced without counting as a crash. */
  timedOut?: boolean;
}

export class WorkerPool {
  private readonly owner = new Map<number, Slot>();
  private slots: Slot[] = [];
  private seq = 0;
  private restarts = 0;
  private closing = false;

  private constructor(private readonly capacity: number, private readonly config: WorkerConfig) {}

  /**
   * Starts one worker and waits until it has loaded the knowledge base (1-2 s); the others start on
   * grow(). A one-file ingest then pays for one knowledge base, not one per core, and a large one
   * starts coding while the other workers are still loading.
   */
  static async start(size: number, config: WorkerConfig, signal?: AbortSignal, options: StartOptions = {}): Promise<WorkerPool> {
    // the threads read one copy of the syntax model's tables (loaded here only for a pool: `serve` starts without it)
    const { sharedModelParts } = await import('../nlp/syntax/model-file.ts');
    const pool = new WorkerPool(Math.max(1, size), { syntaxModel: sharedModelParts(), ...config });
    void options.growWhen?.then((grow) => {
      if (grow) pool.grow();
    }, () => {});
    // aborted while the knowledge base loads (the caller failed meanwhile): stop the threads now
    const stop = () => void pool.close();
    signal?.addEventListener('abort', stop, { once: true });
    try {
      if (signal?.aborted) throw new Error('coder workers not started: aborted');
      await pool.spawn();
    } catch (error) {
      await pool.close();
      throw error;
    } finally {
      signal?.removeEventListener('abort', stop);
    }
    return pool;
  }

  /** Starts the remaining workers; each takes work as soon as it is ready. */
  grow(): void {
    if (this.closing) return;
    while (this.slots.length < this.capacity) {
      // a worker that fails to start leaves the others working; its error is on the slot
      this.spawn().catch(() => {});
    }
  }

  /** Workers running or starting. */
  get size(): number {
    return this.capacity;
  }

  prepare(doc: RawDoc): Handle {
    const seq = this.seq++;
    const slot = this.leastBusy();
    const [own, transfer] = withOwnBytes(doc);
    const summary = this.request<PrepareSummary>(slot, seq, { type: 'prepare', seq, doc: own }, transfer);
    this.owner.set(seq, slot);
    return { seq, summary };
  }

  code(handle: Handle): Promise<Coded> {
    return this.finish(handle, 'code');
  }

  /** The prepared article back, uncoded. */
  release(handle: Handle): Promise<Coded> {
    return this.finish(handle, 'release');
  }

  /**
   * Codes one article as it is (the server's POST /articles). Past `timeoutMs` the worker coding it is
   * stopped, and replaced, so one pathological article cannot hold a thread for ever.
   */
  codeArticle(article: Article, timeoutMs: number): Promise<Coded> {
    const seq = this.seq++;
    const slot = this.leastBusy();
    const timer = setTimeout(() => {
      slot.timedOut = true;
      void slot.worker.terminate();
    }, timeoutMs);
    return this.request<Coded>(slot, seq, { type: 'codeArticle', seq, article }, [])
      .catch((error: Error) => {
        throw slot.timedOut ? new Error(`coding took longer than ${Math.round(timeoutMs / 1000)} s`) : error;
      })
      .finally(() => clearTimeout(timer));
  }

  /** Documents waiting in the workers (being prepared or coded). */
  get busy(): number {
    return this.slots.reduce((n, slot) => n + slot.pending.size, 0);
  }

  /**
   * The live workers, for benches: Linux thread id, start-up time and how busy each event loop has been
   * since it started (active vs idle ms: idle is a coder waiting for work).
   */
  threads(): Array<{ thread: number | null; loadMs: number; activeMs: number; idleMs: number }> {
    return this.slots.filter((slot) => slot.ready && slot.alive).map((slot) => {
      const { active, idle } = slot.worker.performance.eventLoopUtilization();
      return { thread: slot.thread ?? null, loadMs: slot.loadMs ?? 0, activeMs: active, idleMs: idle };
    });
  }

  drop(handle: Handle): void {
    const slot = this.owner.get(handle.seq);
    this.owner.delete(handle.seq);
    if (slot?.alive) slot.worker.postMessage({ type: 'drop', seq: handle.seq } satisfies ToWorker);
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((slot) => {
      slot.alive = false;
      return slot.worker.terminate();
    }));
  }

  private finish(handle: Handle, type: 'code' | 'release'): Promise<Coded> {
    const slot = this.owner.get(handle.seq);
    this.owner.delete(handle.seq);
    if (slot === undefined) return Promise.reject(new Error(`document ${handle.seq} was not prepared`));
    return this.request<Coded>(slot, handle.seq, { type, seq: handle.seq }, []);
  }

  private request<T>(slot: Slot, seq: number, message: ToWorker, transfer: ArrayBuffer[]): Promise<T> {
    if (!slot.alive) return Promise.reject(new Error('coder worker stopped'));
    return new Promise<T>((resolve, reject) => {
      slot.pending.set(seq, { resolve: resolve as (value: unknown) => void, reject });
      slot.worker.postMessage(message, transfer);
    });
  }

  private spawn(): Promise<void> {
    const worker = new Worker(coderWorkerFile(), { workerData: this.config, resourceLimits: { maxOldGenerationSizeMb: this.config.maxOldGenerationMb ?? MAX_OLD_GENERATION_MB, maxYoungGenerationSizeMb: MAX_YOUNG_GENERATION_MB } });
    const slot: Slot = { worker, pending: new Map(), ready: false, alive: true };
    this.slots.push(slot);
    return this.listen(slot);
  }

  private leastBusy(): Slot {
    let best: Slot | null = null;
    for (const slot of this.slots) if (slot.ready && slot.alive && (best === null || slot.pending.size < best.pending.size)) best = slot;
    if (best === null) throw new Error('every coder worker has stopped');
    return best;
  }

  // Resolves when the worker is ready; afterwards routes its answers to the waiting promises.
  private listen(slot: Slot): Promise<void> {
    return new Promise((ready, failed) => {
      slot.worker.on('message', (message: FromWorker) => {
        if (message.type === 'ready') {
          slot.ready = true;
          slot.thread = message.thread;
          slot.loadMs = message.loadMs;
          return ready();
        }
        if (message.type === 'fatal') return failed(new Error(`coder worker: ${message.error}`));
        const pending = slot.pending.get(message.seq);
        slot.pending.delete(message.seq);
        if (pending === undefined) return;
        if (message.type === 'prepared') {
          // a refused document stays nowhere: nothing to code, release or drop later
          if (!message.summary.ok) this.owner.delete(message.seq);
          pending.resolve(message.summary);
        } else if (message.type === 'done') pending.resolve({ article: message.article, events: message.events, codeMs: message.codeMs } satisfies Coded);
        else pending.reject(new Error(message.error));
      });
      const die = (error: Error) => {
        // first, so a worker terminated by close() before it was ready fails its start instead of leaving it waiting
        failed(error);
        if (!slot.alive) return;
        slot.alive = false;
        for (const pending of slot.pending.values()) pending.reject(error);
        slot.pending.clear();
        // its documents fail (and are retried by the next run); a fresh worker takes its place
        if (slot.ready && !this.closing && (slot.timedOut || this.restarts < MAX_RESTARTS)) {
          if (!slot.timedOut) this.restarts++;
          this.slots = this.slots.filter((s) => s !== slot);
          this.spawn().catch(() => {});
        }
      };
      slot.worker.on('error', (error) => die(new Error(`coder worker crashed: ${error.message}`)));
      slot.worker.on('exit', (code) => die(new Error(`coder worker exited (code ${code})`)));
    });
  }
}

// Page bytes move to the worker instead of being copied twice; but they may be a view into a larger
// read buffer that the next records still live in, and transferring that would empty it. So: one
// copy into a buffer of their own (new Uint8Array, not Buffer#slice, which returns a view), moved.
function withOwnBytes(doc: RawDoc): [RawDoc, ArrayBuffer[]] {
  if (doc.kind !== 'html' || typeof doc.html === 'string') return [doc, []];
  const html = new Uint8Array(doc.html);
  return [{ ...doc, html }, [html.buffer as ArrayBuffer]];
}
