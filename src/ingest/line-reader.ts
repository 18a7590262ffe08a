import { readSync } from 'node:fs';

export type RawLine =
  | { readonly number: number; readonly offset: number; readonly bytes: Buffer }
  /** A line longer than maxLineBytes: its bytes were skipped, only the length is known. */
  | { readonly number: number; readonly offset: number; readonly tooLong: number };

export interface LineReaderOptions {
  readonly chunkBytes: number;
  readonly maxLineBytes: number;
}

// Splits an open file into lines of bytes, reading a chunk at a time, so memory stays at one
// chunk plus one line however large the file. Bytes, not strings: a chunk boundary can fall
// inside a multi-byte character, and decoding per line lets a bad line fail alone.
// A line over maxLineBytes is skipped rather than buffered (a file with no newlines at all
// would otherwise be read whole). `offset` is the file offset of the line's first byte.
export function* readLines(fd: number, opts: LineReaderOptions): Generator<RawLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let number = 1;
  let offset = 0;
  for (;;) {
    // A fresh buffer per read: completed lines are views into it and must not be overwritten.
    const chunk = Buffer.allocUnsafe(opts.chunkBytes);
    const read = readSync(fd, chunk, 0, opts.chunkBytes, null);
    if (read === 0) break;
    const view = chunk.subarray(0, read);
    let start = 0;
    while (start < read) {
      const newline = view.indexOf(0x0a, start);
      const end = newline === -1 ? read : newline;
      if (length + (end - start) <= opts.maxLineBytes) parts.push(view.subarray(start, end));
      else parts = [];
      length += end - start;
      if (newline === -1) break;
      yield finish(number, offset, parts, length, opts.maxLineBytes);
      number += 1;
      offset += length + 1;
      parts = [];
      length = 0;
      start = newline + 1;
    }
  }
  if (length > 0) yield finish(number, offset, parts, length, opts.maxLineBytes);
}

function finish(number: number, offset: number, parts: readonly Buffer[], length: number, max: number): RawLine {
  if (length > max) return { number, offset, tooLong: length };
  return { number, offset, bytes: parts.length === 1 ? parts[0] : Buffer.concat(parts, length) };
}
