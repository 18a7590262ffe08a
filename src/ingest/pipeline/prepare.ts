import type { Article } from '../../schema/event.ts';
import { contentKey } from '../dedup/content-key.ts';
import { fingerprint, type Fingerprint } from '../dedup/fingerprint.ts';
import { storyBody } from '../dedup/story-body.ts';
import { extractArticle, fragmentText } from '../formats/html-article.ts';
import { decodeWeb } from '../formats/web-charset.ts';
import { judgeText, type Refusal } from '../quality/text-quality.ts';
import type { RawDoc } from '../sources/source-item.ts';

// Everything between reading a document and deciding whether to code it: HTML extraction, the
// quality checks, and the dedup keys. Pure and CPU-bound, so it runs in the workers, next to the
// coder; the main thread only sees the small summary.

export type Prepared =
  | { readonly ok: true; readonly article: Article; readonly byline: string | null; readonly key: string; readonly fingerprint: Fingerprint }
  | { readonly ok: false; readonly refusal: Refusal };

export function prepareDoc(doc: RawDoc): Prepared {
  const read = readDoc(doc);
  if (!read.ok) return read;
  const { article, byline, replaced } = read;
  const refusal = judgeText(article.text, replaced);
  if (refusal !== null) return { ok: false, refusal };
  return { ok: true, article, byline, key: contentKey(article.text), fingerprint: fingerprint(storyBody(article.text)) };
}

export type ReadDoc =
  | { readonly ok: true; readonly article: Article; readonly byline: string | null; readonly replaced: number }
  | { readonly ok: false; readonly refusal: Refusal };

/** A document as the article it holds: a page's extracted story with its own title and date, a feed
 *  fragment's text. No quality judgement: `code` codes what the user named, `ingest` judges after. */
export function readDoc(doc: RawDoc): ReadDoc {
  if (doc.kind === 'text') return { ok: true, article: doc.article, byline: null, replaced: 0 };
  let html: string;
  let replaced = 0;
  if (typeof doc.html === 'string') {
    html = doc.html;
  } else {
    const decoded = decodeWeb(doc.html, doc.charset);
    html = decoded.text;
    replaced = decoded.replaced;
  }
  if (doc.mode === 'fragment') {
    return { ok: true, article: { id: doc.id, text: fragmentText(html), published: doc.published, title: doc.title, url: doc.url }, byline: null, replaced };
  }
  const page = extractArticle(html);
  if (page === null) return { ok: false, refusal: { reason: 'no article body' } };
  // the page's own metadata is more precise than what the feed or the crawl knew
  const article = { id: doc.id, text: page.text, published: page.published ?? doc.published, title: page.title ?? doc.title, url: doc.url ?? page.url };
  return { ok: true, article, byline: page.byline, replaced };
}
