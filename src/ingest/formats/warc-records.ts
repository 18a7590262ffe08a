import { basename } from 'node:path';
import { LimitReader, WARCParser, type WARCRecord } from 'warcio';
import { deriveTitle } from '../../nlp/derive-title.ts';
import { docIdFor, webDocId } from '../doc-id.ts';
import { InputError } from '../input-error.ts';
import { DEFAULT_MAX_BYTES, tooLargeReason } from '../size-limit.ts';
import type { SourceItem } from '../sources/source-item.ts';
import { decodeWeb } from './web-charset.ts';

// The documents in a WARC file (a news crawl: CC-NEWS, Heritrix, wget --warc-file, or a WET file of
// extracted text), one record at a time: memory holds one record, never the file.
//   response (HTTP 2xx, text/html)       → a page to extract
//   resource / conversion (text/plain)   → text as it is (WET files)
//   response 3xx/4xx/5xx                 → skipped, counted
//   response of another type (image/pdf) → skipped, counted
//   request, metadata, warcinfo, revisit → not documents, passed over
// A file that ends in the middle of a record (an interrupted download) gives one error naming the
// last good record, after every complete record before it.

const DOCUMENT_TYPES = new Set(['response', 'resource', 'conversion']);

export async function* warcItems(chunks: AsyncIterable<Uint8Array>, file: string, maxBytes = DEFAULT_MAX_BYTES): AsyncGenerator<SourceItem> {
  let index = 0;
  let complete = 0;
  let last: string | null = null;
  try {
    for await (const record of new WARCParser(chunks)) {
      index++;
      checkHeaders(record, index);
      const item = await recordItem(record, index, file, maxBytes);
      // before the item goes out: a record cut short is an error, not half a page or a silent end
      if (!record.consumed) await skipRecord(record, index);
      if (item !== null) yield item;
      last = record.warcTargetURI ?? `record ${index}`;
      complete = index;
    }
    if (index === 0) throw new Error('no WARC record in it');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const after = last === null ? 'before the first record' : `after record ${complete} (${last})`;
    yield { kind: 'error', error: new InputError(file, `truncated or corrupt WARC (${reason}) ${after}`), source: file };
  }
}

async function recordItem(record: WARCRecord, index: number, file: string, maxBytes: number): Promise<SourceItem | null> {
  const type = record.warcType ?? '';
  if (!DOCUMENT_TYPES.has(type)) return null;
  const url = record.warcTargetURI ?? null;
  const source = `${file}#${url ?? `record ${index}`}`;
  const status = type === 'response' ? Number(record.httpHeaders?.statusCode ?? 200) : 200;
  if (!(status >= 200 && status <= 299)) return { kind: 'skip', reason: 'HTTP error or redirect', detail: `HTTP ${status}`, source };
  const contentType = (type === 'response' ? record.httpHeaders?.headers.get('content-type') : record.warcContentType) ?? '';
  const mime = contentType.split(';')[0].trim().toLowerCase();
  const isHtml = mime === 'text/html' || mime === 'application/xhtml+xml';
  if (!isHtml && mime !== 'text/plain') return { kind: 'skip', reason: 'not text or HTML', detail: mime || 'no content type', source };
  if (record.warcContentLength > maxBytes) return { kind: 'error', error: new InputError(source, tooLargeReason('file', record.warcContentLength, maxBytes)), source };
  const reader = record.reader; // after a read that found nothing, record.reader is an empty stand-in
  const raw = await record.readFully(false);
  if (isTruncated(reader)) throw new Error(`record ${index} (${url ?? 'no URL'}) is cut short`);
  const body = await record.readFully(true);
  const charset = /charset=["']?([\w.:-]+)/i.exec(contentType)?.[1] ?? null;
  const id = url ? webDocId(url, raw) : docIdFor(`${basename(file)}:${index}`, raw);
  if (isHtml) return { kind: 'html', html: body, mode: 'page', id, url, charset, title: null, published: null, source };
  const text = decodeWeb(body, charset).text;
  if (text.trim() === '') return null;
  return { kind: 'text', article: { id, text, published: null, title: deriveTitle(text), url }, source };
}

// Every WARC record names its type and length; a header block without them is garbage or was cut short.
function checkHeaders(record: WARCRecord, index: number): void {
  const length = record.warcHeaders.headers.get('Content-Length');
  if (!record.warcType || length == null || !/^\d+$/.test(length.trim())) {
    throw new Error(`record ${index} has no ${record.warcType ? 'valid Content-Length' : 'WARC-Type'} header`);
  }
}

// Reads past a record nobody read (a request, an image, a redirect). warcio would skip it itself, but
// its skip loops for ever, at full CPU and deaf to signals, when Content-Length promises more bytes than
// the file has left; draining the record's own reader stops at the end of the file instead.
async function skipRecord(record: WARCRecord, index: number): Promise<void> {
  const reader = record.reader;
  for await (const chunk of reader) void chunk;
  if (isTruncated(reader)) throw new Error(`record ${index} (${record.warcTargetURI ?? record.warcType ?? 'no URL'}) is cut short`);
}

// The record's reader counts down the bytes its Content-Length promised; bytes left over after a
// full read mean the stream ended first.
function isTruncated(reader: WARCRecord['reader']): boolean {
  return reader instanceof LimitReader && reader.limit > 0;
}
