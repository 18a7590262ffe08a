import type { Coder } from '../core/index.ts';
import type { Article, Event } from '../schema/event.ts';
import { WorkerPool } from '../workers/worker-pool.ts';
import { HttpError } from './http-error.ts';
import { CODE_TIMEOUT_MS } from './code-timeout.ts';

// POST /articles codes in worker threads, never on the server's event loop: a long article takes a
// thread for a while, but /health, /events and the dashboard keep answering. Articles beyond
// MAX_WAITING are turned away with a 503 rather than queued without end, and an article still coding
// after its deadline has its thread stopped (and replaced) and gets a 504.

// one pasted article may be as long as the body limit (10 MB of text: ~2M tokens and their phrases)
const ARTICLE_HEAP_MB = 2048;

/** Codes one article; rejects with an HttpError when it cannot. */
export type ArticleCoder = (article: Article) => Promise<readonly Event[]>;

export interface ThreadOptions {
  readonly threads: number;
  readonly kbFiles: readonly string[];
  /** Articles coding or waiting at once, over all threads. */
  readonly maxWaiting?: number;
  readonly timeoutMs?: number;
}

export { CODE_TIMEOUT_MS };

export interface CoderThreads {
  readonly code: ArticleCoder;
  close(): Promise<void>;
}

/** Worker threads that load the knowledge base on the first article (1-2 s), not at server start. */
export function coderThreads(opts: ThreadOptions): CoderThreads {
  let pool: Promise<WorkerPool> | null = null;
  let waiting = 0;
  const maxWaiting = opts.maxWaiting ?? 8 * opts.threads;
  const start = () => {
    pool ??= WorkerPool.start(opts.threads, { kbFiles: opts.kbFiles, coderOptions: {}, maxOldGenerationMb: ARTICLE_HEAP_MB }).then((p) => {
      p.grow();
      return p;
    });
    pool.catch(() => { pool = null; }); // a failed start is retried by the next article
    return pool;
  };
  return {
    async code(article) {
      if (waiting >= maxWaiting) throw new HttpError(503, `${waiting} articles are being coded; try again in a few seconds`);
      waiting++;
      try {
        const coded = await codeWhenReady(await start(), article, opts.timeoutMs ?? CODE_TIMEOUT_MS);
        return coded.events ?? [];
      } catch (error) {
        if (error instanceof HttpError) throw error;
        const message = error instanceof Error ? error.message : String(error);
        throw new HttpError(/longer than/.test(message) ? 504 : 503, `the article could not be coded: ${message}`);
      } finally {
        waiting--;
      }
    },
    async close() {
      if (pool !== null) await (await pool.catch(() => null))?.close();
    },
  };
}

// A thread stopped at its deadline is replaced, and its replacement loads the knowledge base again
// (a second or two; much longer on a busy machine): an article arriving meanwhile waits for it
// rather than being turned away.
const READY_WAIT_MS = 120_000;
async function codeWhenReady(pool: WorkerPool, article: Article, timeoutMs: number) {
  const giveUp = Date.now() + READY_WAIT_MS;
  for (;;) {
    try {
      return await pool.codeArticle(article, timeoutMs);
    } catch (error) {
      if (!/every coder worker has stopped/.test((error as Error).message) || Date.now() > giveUp) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** The coder on the calling thread: for tests and benchmarks, where a second knowledge base costs time. */
export function inProcessCoder(coder: () => Coder): ArticleCoder {
  return async (article) => coder().code(article);
}
