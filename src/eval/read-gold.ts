import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { looksBinary } from '../ingest/decode-text.ts';
import { createInterface } from 'node:readline';
import type { GoldItem } from './gold-doc.ts';
import { parseGoldLine } from './parse-gold-line.ts';

// The only file of the scorer that touches the file system. Streams line by line
// so a large gold set is not held as one string; blank lines are skipped.
export async function* readGold(path: string): AsyncIterable<GoldItem> {
  // an image or an archive given by mistake is one line, not an "invalid JSON" line per newline byte in it
  if (looksBinary(head(path))) throw new Error(`${path}: binary file, not text (a gold file is JSON Lines)`);
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo += 1;
    // A byte-order mark from some editors would make the first line invalid JSON.
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    yield parseGoldLine(line, path, lineNo);
  }
}

export async function readAllGold(path: string): Promise<readonly GoldItem[]> {
  const items: GoldItem[] = [];
  for await (const item of readGold(path)) items.push(item);
  return items;
}

function head(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const bytes = new Uint8Array(64 * 1024);
    return bytes.subarray(0, readSync(fd, bytes, 0, bytes.length, 0));
  } finally {
    closeSync(fd);
  }
}
