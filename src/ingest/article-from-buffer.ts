import type { Article } from '../schema/event.ts';
import type { ArticleOptions } from './article-options.ts';
import { decodeText } from './decode-text.ts';
import { deriveTitle } from '../nlp/derive-title.ts';
import { docIdFor } from './doc-id.ts';
import { InputError } from './input-error.ts';
import { normalisePublished } from './published-date.ts';
import { DEFAULT_MAX_BYTES, tooLargeReason } from './size-limit.ts';

// One document from raw bytes: a file's content, or stdin read by the CLI (name "-" or "<stdin>").
// `name` appears in error messages and its basename in the article id.
export function articleFromBuffer(bytes: Uint8Array, name: string, opts: ArticleOptions = {}): Article {
  const limit = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > limit) throw new InputError(name, tooLargeReason('file', bytes.length, limit));
  const text = decodeText(bytes, name);
  if (text.trim() === '') throw new InputError(name, 'empty file (whitespace only)');
  return {
    id: docIdFor(name, text),
    text,
    published: normalisePublished(opts.published, name),
    // An empty --title means "no override", not "no title".
    title: opts.title?.trim() || deriveTitle(text),
  };
}
