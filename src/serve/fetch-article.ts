import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { HttpError } from './http-error.ts';

export interface FetchedArticle {
  readonly text: string;
  readonly title: string | null;
  /** The final URL, after redirects. */
  readonly url: string;
}

export type FetchArticle = (url: string) => Promise<FetchedArticle>;

const MAX_BYTES = 10 * 1024 * 1024;
const TIMEOUT_MS = 15_000;
// Paragraph-like blocks become paragraphs of the text, so sentences of two blocks never run together.
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption';

/** Fetches a page server-side and keeps its article text (Readability), or plain text as it is. */
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
  const fetched = type.startsWith('text/plain') ? { text: body.trim(), title: null } : articleFromHtml(body);
  if (fetched.text === '') throw new HttpError(422, `${url}: no article text found on the page`);
  return { ...fetched, url: response.url || url };
};

export function articleFromHtml(html: string): { text: string; title: string | null } {
  const { document } = parseHTML(html);
  const pageTitle = document.querySelector('title')?.textContent?.trim() || null;
  // Readability mutates the document it reads; it gets its own copy.
  const parsed = new Readability(parseHTML(html).document as unknown as Document, { charThreshold: 100 }).parse();
  const content = parsed?.content ? parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document : document;
  const blocks = [...content.querySelectorAll(BLOCKS)]
    .filter((el) => el.parentElement?.closest(BLOCKS) == null)
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '');
  const text = blocks.length > 0 ? blocks.join('\n\n') : (content.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return { text, title: parsed?.title?.trim() || pageTitle };
}

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
