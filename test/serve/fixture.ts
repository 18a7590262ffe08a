import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createCoder, type Coder } from '../../src/core/index.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { Article } from '../../src/schema/event.ts';
import { createServer, inProcessCoder, type ServerOptions } from '../../src/serve/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';

// The serve and browser tests share one recipe: the conflict articles of the test corpus, coded by
// the real coder into a real SQLite file, behind the real server on loopback.

const ARTICLES_DIR = new URL('../corpus/articles/', import.meta.url).pathname;

let coder: Coder | null = null;
export function realCoder(): Coder {
  coder ??= createCoder(loadKnowledge());
  return coder;
}

export function conflictArticles(): Article[] {
  return readdirSync(ARTICLES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(ARTICLES_DIR, f), 'utf8')) as Article & { topic?: string })
    .filter((a) => a.topic === 'conflict')
    .map(({ id, text, published, title }) => ({ id, text, published, title, url: `https://news.example/${id}` }));
}

export interface Fixture {
  readonly store: Store;
  readonly dir: string;
  readonly articles: readonly Article[];
  cleanup(): Promise<void>;
}

/** A temp SQLite database holding the coded conflict articles. */
export async function conflictStore(prefix = 'serve'): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), `eventlens-${prefix}-`));
  const store = await openStore(join(dir, 'events.db'));
  const articles = conflictArticles();
  const results = await store.saveMany(articles.map((article) => ({ article, events: realCoder().code(article) })));
  const failed = results.filter((r) => r.status === 'failed');
  if (failed.length > 0) throw new Error(`fixture: ${JSON.stringify(failed)}`);
  return {
    store, dir, articles,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The write token of every test server (a real server makes its own: see api-token.ts). */
export const TEST_TOKEN = 'test-token-0123456789abcdef';

export interface Running {
  readonly app: FastifyInstance;
  /** "http://127.0.0.1:PORT" */
  readonly base: string;
  /** `body` is the parsed JSON (or the text), typed as the caller expects it to be. */
  get<T = unknown>(path: string): Promise<{ status: number; body: T }>;
  post<T = unknown>(path: string, body: unknown, contentType?: string): Promise<{ status: number; body: T }>;
}

/** The real server, listening on a free loopback port. */
export async function listen(options: Partial<ServerOptions> & Pick<ServerOptions, 'store'>): Promise<Running> {
  const app = await createServer({ coder: inProcessCoder(realCoder), webRoot: null, token: TEST_TOKEN, ...options });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const call = async <T>(path: string, init?: RequestInit): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${base}${path}`, init);
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON (the dashboard's HTML): kept as text
    }
    return { status: response.status, body: body as T };
  };
  return {
    app, base,
    get: <T>(path: string) => call<T>(path),
    post: <T>(path: string, body: unknown, contentType = 'application/json') =>
      call<T>(path, { method: 'POST', headers: { 'content-type': contentType, authorization: `Bearer ${TEST_TOKEN}` }, body: typeof body === 'string' ? body : body instanceof Uint8Array ? new Blob([new Uint8Array(body)]) : JSON.stringify(body) }),
  };
}
