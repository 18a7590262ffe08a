import type { RawLine } from '../line-reader.ts';

// readLines (line-reader.ts) for a stream instead of a file descriptor: stdin, a gunzipped corpus.
// Same contract: lines of bytes, a line over maxLineBytes is reported by its length and not kept,
// and memory stays at one chunk plus one line.
export async function* asyncLines(chunks: AsyncIterable<Buffer>, maxLineBytes: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let number = 1;
  let offset = 0;
  for await (const chunk of chunks) {
    let start = 0;
    while (start < chunk.length) {
      const newline = chunk.indexOf(0x0a, start);
      const end = newline === -1 ? chunk.length : newline;
      if (length + (end - start) <= maxLineBytes) parts.push(chunk.subarray(start, end));
      else parts = [];
      length += end - start;
      if (newline === -1) break;
      yield finish(number, offset, parts, length, maxLineBytes);
      number += 1;
      offset += length + 1;
      parts = [];
      length = 0;
      start = newline + 1;
    }
  }
  if (length > 0) yield finish(number, offset, parts, length, maxLineBytes);
}

function finish(number: number, offset: number, parts: readonly Buffer[], length: number, max: number): RawLine {
  if (length > max) return { number, offset, tooLong: length };
  return { number, offset, bytes: parts.length === 1 ? parts[0] : Buffer.concat(parts, length) };
}
