import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { CityTable } from './geonames.ts';

// Parsing GeoNames' cities1000 (21 MB, 135,000 lines, 300,000 names to normalise) was half of the
// knowledge base's start-up, paid again by every process and every coder thread. The parsed table is
// kept as JSON in a cache folder (node_modules/.cache/eventlens, or EVENTLENS_CACHE_DIR; empty turns it
// off), named after the source's size and time and the table's version, so a new cities1000 or a
// new parser is parsed afresh. A cache that cannot be read or written is only slower, never an error.

const VERSION = 1;

export function cachedCityTable(sourcePath: string, cacheDir: string | null, parse: (tsv: string) => CityTable): CityTable {
  const source = statSync(sourcePath);
  const file = cacheDir === null ? null : join(cacheDir, `cities-v${VERSION}-${source.size}-${Math.round(source.mtimeMs)}.json`);
  if (file !== null) {
    try {
      const table = JSON.parse(readFileSync(file, 'utf8')) as CityTable;
      if (Array.isArray(table.keys) && table.keys.length === table.rows.length) return table;
    } catch {
      // no cache yet, or a damaged one: parse the source
    }
  }
  const table = parse(readFileSync(sourcePath, 'utf8'));
  if (file !== null) {
    try {
      mkdirSync(cacheDir as string, { recursive: true });
      // written aside then renamed: a reader in another process or thread never sees half a file
      const partial = `${file}.${process.pid}-${threadId}.tmp`;
      writeFileSync(partial, JSON.stringify(table));
      renameSync(partial, file);
    } catch {
      // a read-only install: every start parses the source
    }
  }
  return table;
}
