import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { GoldItem } from './gold-doc.ts';
import { parseGoldLine } from './parse-gold-line.ts';

// The only file of the scorer that touches the file system. Streams line by line
// so a large gold set is not held as one string; blank lines are skipped.
export async function* readGold(path: string): AsyncIterable<GoldItem> {
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
