import { InputError } from '../input-error.ts';
import { megabytes } from '../size-limit.ts';
import { FetchRefused, guardedFetch, type GuardedResponse } from './guarded-fetch.ts';

// `--fetch`: a feed or page by URL (guarded-fetch.ts: public addresses only unless --fetch-private).
// One attempt, a timeout, a size limit read from the stream (Content-Length can be missing or
// wrong); every failure is an InputError naming the URL, so one dead link is one line on stderr and the batch goes on.

export const FETCH_TIMEOUT_MS = 30_000;
const USER_AGENT = 'eventlens/0.1 (news event coder; offline research use)';

export interface Fetched {
  readonly url: string;
  readonly bytes: Uint8Array;
  /** "text/html; charset=iso-8859-1", or null. */
  readonly contentType: string | null;
}

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

export interface FetchBytesOptions {
  readonly timeoutMs?: number;
  /** --fetch-private: loopback and private-network addresses may be fetched (an intranet crawl). */
  readonly allowPrivate?: boolean;
}

export async function fetchBytes(url: string, maxBytes: number, opts: FetchBytesOptions = {}): Promise<Fetched> {
  const timeoutMs = opts.timeoutMs ?? FETCH_TIMEOUT_MS;
  let response: GuardedResponse;
  try {
    response = await guardedFetch(url, {
      maxBytes, timeoutMs,
      headers: { 'user-agent': USER_AGENT, accept: '*/*' },
      ...(opts.allowPrivate ? { allowAddress: () => true } : {}),
    });
  } catch (error) {
    if (error instanceof FetchRefused && /larger than/.test(error.message)) throw new InputError(url, `file too large: over the ${megabytes(maxBytes)} limit for one article`);
    const cause = error as { code?: string; message?: string };
    const hint = error instanceof FetchRefused && error.message.startsWith('refused') ? ' (--fetch-private allows it)' : '';
    throw new InputError(url, `fetch failed: ${cause.code ?? cause.message ?? String(error)}${hint}`);
  }
  if (response.status < 200 || response.status > 299) {
    throw new InputError(url, `fetch failed: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  return { url: response.url, bytes: response.bytes, contentType: response.contentType };
}

// Runs fn over items with at most `limit` calls in flight, yielding results in input order: the
// pages of a feed download side by side, but arrive in the feed's order. fn must not reject (return
// the failure instead): a rejection waiting in the queue would be unhandled.
export async function* mapOrdered<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): AsyncGenerator<R> {
  const running: Promise<R>[] = [];
  let next = 0;
  while (next < items.length && running.length < limit) running.push(fn(items[next++]));
  while (running.length > 0) {
    const result = await running.shift()!;
    if (next < items.length) running.push(fn(items[next++]));
    yield result;
  }
}
