import type { Article } from '../../schema/event.ts';
import type { InputError } from '../input-error.ts';

// What the readers hand to the pipeline, one document at a time. Readers only read and split: the
// costly work (HTML extraction, language check, fingerprint, coding) happens in the workers.

/** A document that is already text: a text file, a JSON Lines record, a feed item with plain text. */
export interface TextDoc {
  readonly kind: 'text';
  readonly article: Article;
  readonly source: string;
}

/** A web page (file, WARC record, fetched URL) or an HTML fragment (feed item content) to extract. */
export interface HtmlDoc {
  readonly kind: 'html';
  /** Bytes still to decode (their charset from `charset`, a BOM or a <meta>), or a decoded string. */
  readonly html: Uint8Array | string;
  /** 'page': find the article with Readability; 'fragment': all of it is the article (feed content). */
  readonly mode: 'page' | 'fragment';
  readonly id: string;
  readonly url: string | null;
  /** From an HTTP Content-Type header. */
  readonly charset: string | null;
  /** What the container already knows (feed item title and date); the page's own metadata wins. */
  readonly title: string | null;
  readonly published: string | null;
  readonly source: string;
}

export type RawDoc = TextDoc | HtmlDoc;

/** Reasons for not coding a document, counted and printed in the summary. */
export type SkipReason =
  | 'not English'
  | 'too short'
  | 'not prose'
  | 'no article body'
  | 'undecodable text'
  | 'not text or HTML'
  | 'HTTP error or redirect'
  | 'binary file';

export type SourceItem =
  | RawDoc
  /** A document or whole input that could not be read: one line on stderr, counted as failed. */
  | { readonly kind: 'error'; readonly error: InputError; readonly source: string }
  | { readonly kind: 'skip'; readonly reason: SkipReason; readonly detail?: string; readonly source: string };
