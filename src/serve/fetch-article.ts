import { extractArticle } from '../ingest/formats/html-article.ts';
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
/** Fetches a page server-side and keeps its article (ingest's Readability extraction), or plain text as it is. */
export const fetchArticle: FetchArticle = async (url) => {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS), headers: { accept: 'text/html, text/plain;q=0.9' } });
  } catch (error) {
    throw new HttpError(422, `could not fetch ${url}: ${causeOf(error)}`);
  }
  if (!response.ok) throw new HttpError(422, `could not fetch ${url}: HTTP ${response.status}`);
  const type = (response.headers.get('content-type') ?? 'text/html').toLowerCase();
  if (!/^(text\/(html|plain)|application\/xhtml\+xml)/.test(type)) {
    throw new HttpError(422, `${url} is ${type.split(';')[0]}, not an HTML or text page`);
  }
  const body = decode(await readCapped(response, url), type);
  if (type.startsWith('text/plain')) {
    if (body.trim() === '') throw new HttpError(422, `${url}: the page is empty`);
    return { text: body.trim(), title: null, published: null, url: response.url || url };
  }
  // null: a section front, a cookie wall, a video page — no article body to code.
  const article = extractArticle(body);
  if (article === null) throw new HttpError(422, `${url}: no article text found on the page`);
  return { text: article.text, title: article.title, published: article.published, url: response.url || url };
};

async function readCapped(response: Response, url: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_BYTES) throw new HttpError(422, `${url} is larger than ${MAX_BYTES / 1024 / 1024} MB`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body === null) return new Uint8Array();
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > MAX_BYTES) throw new HttpError(422, `${url} is larger than ${MAX_BYTES / 1024 / 1024} MB`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

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
  if (err.name === 'TimeoutError') return `no answer within ${TIMEOUT_MS / 1000} s`;
  return err.cause?.code ?? err.cause?.message ?? err.message ?? String(error);
}
