import { extractArticle } from '../ingest/formats/html-article.ts';
import { FetchRefused, guardedFetch, type GuardedFetchOptions, type GuardedResponse } from '../ingest/sources/guarded-fetch.ts';
import { HttpError } from './http-error.ts';

export interface FetchedArticle {
  readonly text: string;
  readonly title: string | null;
  /** From the page's metadata (article:published_time, JSON-LD), when it has one. */
  readonly published: string | null;
  /** The final URL, after redirects. */
  readonly url: string;
}

export type FetchArticle = (url: string) => Promise<FetchedArticle>;

const MAX_BYTES = 10 * 1024 * 1024;
const TIMEOUT_MS = 15_000;

/**
 * Fetches a page server-side and keeps its article (ingest's Readability extraction), or plain text as
 * it is. The URL comes from whoever can reach the API, so only public addresses are fetched, checked at
 * connect time and on every redirect (guarded-fetch.ts); `allowAddress` widens that for tests.
 */
export function articleFetcher(opts: Pick<GuardedFetchOptions, 'allowAddress' | 'resolve'> = {}): FetchArticle {
  return async (url) => {
    let response: GuardedResponse;
    try {
      response = await guardedFetch(url, { ...opts, maxBytes: MAX_BYTES, timeoutMs: TIMEOUT_MS, headers: { accept: 'text/html, text/plain;q=0.9' } });
    } catch (error) {
      throw new HttpError(422, `could not fetch ${url}: ${causeOf(error)}`);
    }
    if (response.status < 200 || response.status > 299) throw new HttpError(422, `could not fetch ${url}: HTTP ${response.status}`);
    const type = (response.contentType ?? 'text/html').toLowerCase();
    if (!/^(text\/(html|plain)|application\/xhtml\+xml)/.test(type)) {
      throw new HttpError(422, `${url} is ${type.split(';')[0]}, not an HTML or text page`);
    }
    const body = decode(response.bytes, type);
    if (type.startsWith('text/plain')) {
      if (body.trim() === '') throw new HttpError(422, `${url}: the page is empty`);
      return { text: body.trim(), title: null, published: null, url: response.url };
    }
    // null: a section front, a cookie wall, a video page — no article body to code.
    const article = extractArticle(body);
    if (article === null) throw new HttpError(422, `${url}: no article text found on the page`);
    return { text: article.text, title: article.title, published: article.published, url: response.url };
  };
}

export const fetchArticle: FetchArticle = articleFetcher();

function decode(bytes: Uint8Array, contentType: string): string {
  const charset = /charset=([\w-]+)/.exec(contentType)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function causeOf(error: unknown): string {
  const err = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (error instanceof FetchRefused) return error.message;
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return `no answer within ${TIMEOUT_MS / 1000} s`;
  return err.cause?.code ?? err.cause?.message ?? err.message ?? String(error);
}
