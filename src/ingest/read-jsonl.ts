import { closeSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeUtf8, looksBinary, utf8BomLength } from './decode-text.ts';
import { InputError } from './input-error.ts';
import { articleFromJsonLine } from './jsonl-article.ts';
import type { JsonlItem } from './jsonl-article.ts';
import { readLines } from './line-reader.ts';
import { DEFAULT_MAX_BYTES, tooLargeReason } from './size-limit.ts';
import { fsInputError, statInput } from './stat-input.ts';

export interface JsonlOptions {
  /** Default DEFAULT_MAX_BYTES: one line is one article, with the same limit as a text file. */
  readonly maxLineBytes?: number;
  readonly chunkBytes?: number;
}

const SNIFF_BYTES = 64 * 1024;

// Streams a corpus, one article per line; a bad line yields an error and the iteration goes on.
// Synchronous on purpose: the store (better-sqlite3) is synchronous, and a sync iterable lets
// the CLI batch lines into transactions with a plain for..of.
// File-level problems (missing, a directory, empty, binary) throw an InputError here, at the
// call, before any line is read.
export function readJsonl(path: string, opts: JsonlOptions = {}): Iterable<JsonlItem> {
  const stats = statInput(path);
  if (stats.size === 0) throw new InputError(path, 'empty file');
  if (looksBinary(sniff(path))) throw new InputError(path, 'binary file, not text');
  return records(path, {
    chunkBytes: opts.chunkBytes ?? 1024 * 1024,
    maxLineBytes: opts.maxLineBytes ?? DEFAULT_MAX_BYTES,
  });
}

function* records(path: string, opts: { chunkBytes: number; maxLineBytes: number }): Generator<JsonlItem> {
  const name = basename(path);
  const fd = open(path);
  let lines = 0;
  try {
    for (const raw of readLines(fd, opts)) {
      const line = raw.number;
      if ('tooLong' in raw) {
        lines++;
        yield { ok: false, error: new InputError(path, tooLargeReason('line', raw.tooLong, opts.maxLineBytes), line), line };
        continue;
      }
      const bom = line === 1 ? utf8BomLength(raw.bytes) : 0;
      // Windows line endings: the \r belongs to the newline, not to the JSON.
      const end = raw.bytes.at(-1) === 0x0d ? raw.bytes.length - 1 : raw.bytes.length;
      let json: string;
      try {
        json = decodeUtf8(raw.bytes.subarray(bom, end), { file: path, line, offset: raw.offset + bom });
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        lines++;
        yield { ok: false, error, line };
        continue;
      }
      if (json.trim() === '') continue;
      lines++;
      yield articleFromJsonLine(json, { file: path, line, fallbackId: `${name}:${line}` });
    }
    // a file of blank lines is not an empty corpus read in silence
    if (lines === 0) yield { ok: false, error: new InputError(path, 'no JSON Lines records (only blank lines)'), line: 1 };
  } finally {
    closeSync(fd);
  }
}

function open(path: string): number {
  try {
    return openSync(path, 'r');
  } catch (error) {
    throw fsInputError(path, error);
  }
}

function sniff(path: string): Buffer {
  const fd = open(path);
  try {
    const head = Buffer.alloc(SNIFF_BYTES);
    return head.subarray(0, readSync(fd, head, 0, SNIFF_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}
