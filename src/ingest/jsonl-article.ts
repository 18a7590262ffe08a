import type { Article } from '../schema/event.ts';
import { InputError } from './input-error.ts';
import { normalisePublished } from './published-date.ts';

export type JsonlItem =
  | { readonly ok: true; readonly article: Article; readonly line: number }
  | { readonly ok: false; readonly error: InputError; readonly line: number };

export interface LinePosition {
  readonly file: string;
  readonly line: number;
  /** Used when the record has no id: "<basename>:<line>". */
  readonly fallbackId: string;
}

// One JSONL record -> one Article. The Article is built from the whitelisted fields only:
// evaluation corpora carry the answers in a `gold` field, and anything not copied here can
// never leak into coding.
//   {"id": "a1", "published": "2020-04-02", "title": "...", "text": "...", "url": "..."} (or "link", or "source")
export function articleFromJsonLine(json: string, at: LinePosition): JsonlItem {
  const fail = (reason: string): JsonlItem => ({ ok: false, error: new InputError(at.file, reason, at.line), line: at.line });
  let record: unknown;
  try {
    record = JSON.parse(json);
  } catch (error) {
    return fail(`invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return fail('expected a JSON object with a "text" field');
  }
  const text = own(record, 'text');
  if (text === undefined || text === null) return fail('missing "text"');
  if (typeof text !== 'string') return fail(`"text" must be a string, not ${typeName(text)}`);
  if (text.trim() === '') return fail('empty "text"');

  const id = own(record, 'id');
  if (id !== undefined && id !== null && (typeof id !== 'string' || id === '')) {
    return fail(`"id" must be a non-empty string, not ${typeName(id)}`);
  }
  const title = optionalString(record, 'title');
  const url = articleUrl(record);
  if (title instanceof Error) return fail(title.message);
  if (url instanceof Error) return fail(url.message);
  let published: string | null;
  try {
    published = normalisePublished(own(record, 'published'), at.file, at.line);
  } catch (error) {
    if (error instanceof InputError) return { ok: false, error, line: at.line };
    throw error;
  }
  const article: Article = { id: typeof id === 'string' ? id : at.fallbackId, text, published, title };
  return { ok: true, article: url === null ? article : { ...article, url }, line: at.line };
}

// Own properties only: a record can't supply a field through the prototype chain.
function own(record: object, key: string): unknown {
  return Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

// Feeds and scrapers name the article's address `url`, `link` (RSS) or `source` (which is also often an
// outlet's name: only an http(s) address counts). Lost, the outlet would be guessed from the id, and an
// incident would count its sources wrongly.
//   {"link": "https://news.example/a"}  ·  {"source": "https://news.example/a"}  ·  {"source": "Reuters"} → none
function articleUrl(record: object): string | null | Error {
  for (const key of ['url', 'link', 'source']) {
    const value = optionalString(record, key);
    if (value instanceof Error) {
      if (key === 'url') return value;
      continue; // a feed's own `link` object or a numeric `source` is not an address
    }
    if (value !== null && (key === 'url' || /^https?:\/\/\S+$/i.test(value.trim()))) return key === 'url' ? value : value.trim();
  }
  return null;
}

function optionalString(record: object, key: string): string | null | Error {
  const value = own(record, key);
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return new Error(`"${key}" must be a string, not ${typeName(value)}`);
  return value;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}
