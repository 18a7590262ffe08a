import type { Readable } from 'node:stream';
import { articleFromBuffer } from '../article-from-buffer.ts';
import { docIdFor } from '../doc-id.ts';
import { InputError } from '../input-error.ts';
import { jsonlItems } from '../formats/jsonl-stream.ts';
import { warcItems } from '../formats/warc-records.ts';
import { DEFAULT_MAX_BYTES, tooLargeReason } from '../size-limit.ts';
import { openByteInput, type ByteCounter, type ByteInput } from './byte-input.ts';
import { feedDocs } from './feed-docs.ts';
import type { SourceItem } from './source-item.ts';

// One input stream (a file, stdin, a fetched URL) → its documents, by what its content is.
// Corpora (JSON Lines, WARC) stream record by record; single documents (text, HTML, a feed) are
// read whole, up to maxBytes.

export interface ReadOptions {
  /** --published: the date of text files, and of pages and feed items that carry none. */
  readonly published?: string | null;
  readonly maxBytes?: number;
  /** --fetch: feed items with a teaser only are replaced by their linked page. */
  readonly fetchPages?: boolean;
  /** --fetch-private: URLs may lead to loopback and private-network addresses (refused by default). */
  readonly fetchPrivate?: boolean;
  readonly counter?: ByteCounter;
  /** Found by walking a directory: a file that is no document (an image, a .json) is a counted skip,
   *  not an error, since the user did not name it. */
  readonly walked?: boolean;
  /** From the HTTP Content-Type of a fetched input. */
  readonly charset?: string | null;
}

export async function* readStream(stream: Readable, name: string, opts: ReadOptions = {}): AsyncGenerator<SourceItem> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let input: ByteInput;
  try {
    input = await openByteInput(stream, name, opts.counter);
  } catch (error) {
    yield failure(name, error);
    return;
  }
  switch (input.format) {
    case 'jsonl':
      yield* withStreamErrors(jsonlItems(input.chunks, name, maxBytes), name);
      return;
    case 'warc':
      yield* warcItems(input.chunks, name, maxBytes);
      return;
    case 'text':
    case 'html':
    case 'feed':
      break;
    default: {
      const reason = UNSUPPORTED[input.format];
      if (opts.walked) yield { kind: 'skip', reason: 'not text or HTML', detail: reason, source: name };
      else yield failure(name, new InputError(name, reason));
      return;
    }
  }
  let bytes: Buffer;
  try {
    bytes = await readAll(input.chunks, name, maxBytes);
  } catch (error) {
    yield failure(name, error);
    return;
  }
  if (input.format === 'feed') {
    yield* feedDocs(bytes, name, { fetchPages: opts.fetchPages ?? false, fetchPrivate: opts.fetchPrivate ?? false, maxBytes, charset: opts.charset });
  } else if (input.format === 'html') {
    yield { kind: 'html', html: bytes, mode: 'page', id: docIdFor(name, bytes), url: null, charset: opts.charset ?? null, title: null, published: opts.published ?? null, source: name };
  } else {
    try {
      yield { kind: 'text', article: articleFromBuffer(bytes, name, { published: opts.published, maxBytes }), source: name };
    } catch (error) {
      yield failure(name, error);
    }
  }
}

const UNSUPPORTED: Readonly<Record<string, string>> = {
  binary: 'binary file, not text',
  gzip: 'binary file, not text',
  json: 'a JSON document, not JSON Lines (one {"text": ...} object per line)',
  xml: 'XML, but not an RSS or Atom feed',
};

async function readAll(chunks: AsyncIterable<Buffer>, name: string, maxBytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    length += chunk.length;
    if (length > maxBytes) throw new InputError(name, tooLargeReason('file', length, maxBytes));
    parts.push(chunk);
  }
  return Buffer.concat(parts, length);
}

// A JSON Lines stream that breaks off (a truncated .jsonl.gz) has delivered its good lines already.
async function* withStreamErrors(items: AsyncIterable<SourceItem>, name: string): AsyncGenerator<SourceItem> {
  try {
    yield* items;
  } catch (error) {
    yield failure(name, error);
  }
}

function failure(name: string, error: unknown): SourceItem {
  if (error instanceof InputError) return { kind: 'error', error, source: name };
  const reason = error instanceof Error ? error.message : String(error);
  const hint = /unexpected end of file/i.test(reason) ? 'truncated gzip file (unexpected end of file)' : reason;
  return { kind: 'error', error: new InputError(name, hint), source: name };
}
