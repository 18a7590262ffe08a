import { basename } from 'node:path';
import { docIdFor, webDocId } from '../doc-id.ts';
import { InputError } from '../input-error.ts';
import { parseFeed, type FeedItem } from '../formats/feed-items.ts';
import { decodeWeb } from '../formats/web-charset.ts';
import { fetchBytes, mapOrdered } from './fetch-url.ts';
import type { SourceItem } from './source-item.ts';

// A feed's items as documents. Most feeds carry the whole story (content:encoded, Atom content);
// many carry a teaser only. With --fetch, an item with fewer than FULL_TEXT_WORDS words is replaced
// by its linked page (fetched FETCH_CONCURRENCY at a time); without, the teaser is what is coded.

export const FULL_TEXT_WORDS = 50;
const FETCH_CONCURRENCY = 4;

export interface FeedOptions {
  readonly fetchPages: boolean;
  readonly fetchPrivate?: boolean;
  readonly maxBytes: number;
  /** From the HTTP Content-Type of a fetched feed. */
  readonly charset?: string | null;
}

export async function* feedDocs(bytes: Uint8Array, name: string, opts: FeedOptions): AsyncGenerator<SourceItem> {
  const feed = await parseFeed(decodeWeb(bytes, opts.charset ?? null).text);
  if (feed.error !== null) {
    const reason = `malformed feed (${feed.error}); ${feed.items.length} complete item(s) recovered`;
    yield { kind: 'error', error: new InputError(name, reason), source: name };
  }
  const docs = (item: FeedItem, index: number) => itemDoc(item, index, name, opts);
  yield* mapOrdered(feed.items.map((item, index) => [item, index] as const), FETCH_CONCURRENCY, ([item, index]) => docs(item, index));
}

async function itemDoc(item: FeedItem, index: number, name: string, opts: FeedOptions): Promise<SourceItem> {
  const source = `${name}#${item.url ?? item.id ?? `item ${index + 1}`}`;
  const short = item.html === null || wordCount(item.html) < FULL_TEXT_WORDS;
  if (short && opts.fetchPages && item.url !== null) {
    try {
      const page = await fetchBytes(item.url, opts.maxBytes, { allowPrivate: opts.fetchPrivate });
      const charset = /charset=["']?([\w.:-]+)/i.exec(page.contentType ?? '')?.[1] ?? null;
      return { kind: 'html', html: page.bytes, mode: 'page', id: webDocId(item.url, page.bytes), url: item.url, charset, title: item.title, published: item.published, source };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return { kind: 'error', error, source };
    }
  }
  if (item.html === null) return { kind: 'skip', reason: 'no article body', detail: 'feed item without text', source };
  const id = item.url !== null ? webDocId(item.url, item.html) : docIdFor(`${basename(name)}:${item.id ?? index + 1}`, item.html);
  return { kind: 'html', html: item.html, mode: 'fragment', id, url: item.url, charset: null, title: item.title, published: item.published, source };
}

function wordCount(html: string): number {
  return html.replace(/<[^>]*>/g, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
