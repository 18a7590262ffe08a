import { basename } from 'node:path';
import { decodeUtf8, utf8BomLength } from '../decode-text.ts';
import { InputError } from '../input-error.ts';
import { articleFromJsonLine } from '../jsonl-article.ts';
import { DEFAULT_MAX_BYTES, tooLargeReason } from '../size-limit.ts';
import { asyncLines } from '../sources/async-lines.ts';
import type { SourceItem } from '../sources/source-item.ts';

// A JSON Lines corpus from a stream (plain, gunzipped or stdin): one {id?, url?, published?, title?,
// text} per line. A bad line is one error item naming file and line; the next line goes on.
export async function* jsonlItems(chunks: AsyncIterable<Buffer>, file: string, maxLineBytes = DEFAULT_MAX_BYTES): AsyncGenerator<SourceItem> {
  const name = basename(file).replace(/\.gz$/i, '');
  for await (const raw of asyncLines(chunks, maxLineBytes)) {
    const line = raw.number;
    const source = `${file}:${line}`;
    if ('tooLong' in raw) {
      yield { kind: 'error', error: new InputError(file, tooLargeReason('line', raw.tooLong, maxLineBytes), line), source };
      continue;
    }
    const bom = line === 1 ? utf8BomLength(raw.bytes) : 0;
    // Windows line endings: the \r belongs to the newline, not to the JSON.
    const end = raw.bytes.at(-1) === 0x0d ? raw.bytes.length - 1 : raw.bytes.length;
    let json: string;
    try {
      json = decodeUtf8(raw.bytes.subarray(bom, end), { file, line, offset: raw.offset + bom });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      yield { kind: 'error', error, source };
      continue;
    }
    if (json.trim() === '') continue;
    const item = articleFromJsonLine(json, { file, line, fallbackId: `${name}:${line}` });
    yield item.ok ? { kind: 'text', article: item.article, source } : { kind: 'error', error: item.error, source };
  }
}
