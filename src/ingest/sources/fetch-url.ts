import { InputError } from '../input-error.ts';
import { tooLargeReason } from '../size-limit.ts';

// `--fetch`: a feed or page by URL, with Node's fetch. One attempt, a timeout, a size limit read
// from the stream (Content-Length can be missing or wrong); every failure is an InputError naming
// the URL, so one dead link is one line on stderr and the batch goes on.

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

export async function fetchBytes(url: string, maxBytes: number, timeoutMs = FETCH_TIMEOUT_MS): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { 'user-agent': USER_AGENT, accept: '*/*' }, signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = (error as Error).name === 'TimeoutError' ? `no answer in ${timeoutMs / 1000} s` : cause?.code ?? cause?.message ?? (error as Error).message;
    throw new InputError(url, `fetch failed: ${reason}`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new InputError(url, `fetch failed: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  const parts: Uint8Array[] = [];
  let length = 0;
  if (response.body) {
    for await (const chunk of response.body) {
      length += chunk.length;
      if (length > maxBytes) {
        await response.body.cancel();
        throw new InputError(url, tooLargeReason('file', length, maxBytes));
      }
      parts.push(chunk);
    }
  }
  return { url: response.url || url, bytes: Buffer.concat(parts, length), contentType: response.headers.get('content-type') };
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
