import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CityTable } from './geonames.ts';
import { pruneOldFiles, readPacked, writePacked, type PackedPart } from './packed-file.ts';

// Parsing GeoNames' cities1000 (21 MB, 135,000 lines, 300,000 names to normalise) was half of the
// knowledge base's start-up, paid again by every process and every coder thread. The parsed table is
// kept as a packed binary file (packed-file.ts) in a cache folder (node_modules/.cache/eventlens, or
// EVENTLENS_CACHE_DIR; empty turns it off), named after the source's size and time and the table's
// version, so a new cities1000 or a new parser is parsed afresh. A cache that cannot be read or
// written is only slower, never an error.

const VERSION = 8;

// What each part of a CityTable is, to refuse a cache of another shape
const SHAPE: Record<keyof CityTable, string> = {
  ids: 'Uint32Array', names: 'string', nameStarts: 'Uint32Array', countryCodes: 'Array', countries: 'Uint32Array',
  adminCodes: 'Array', admins: 'Uint32Array', lats: 'Float64Array', lons: 'Float64Array', pops: 'Uint32Array',
  keys: 'string', keyStarts: 'Uint32Array', rowStarts: 'Uint32Array', rows: 'Uint32Array', centreKeys: 'Array', centres: 'Float64Array',
  spellingKeys: 'string', spellingKeyStarts: 'Uint32Array', spellingRowStarts: 'Uint32Array', spellingRows: 'Uint32Array',
};
const kindOf = (part: PackedPart | undefined) => (typeof part === 'string' ? 'string' : part?.constructor.name);

function asCityTable(parts: Record<string, PackedPart> | null): CityTable | null {
  if (!parts) return null;
  for (const [name, kind] of Object.entries(SHAPE)) if (kindOf(parts[name]) !== kind) return null;
  const table = parts as unknown as CityTable;
  const cities = table.ids.length;
  const consistent = table.nameStarts.length === cities + 1 && table.lats.length === cities && table.pops.length === cities
    && table.rowStarts.length === table.keyStarts.length && table.rowStarts[table.rowStarts.length - 1] === table.rows.length
    && table.centres.length === 3 * table.centreKeys.length;
  return consistent ? table : null;
}

export function cachedCityTable(sourcePath: string, cacheDir: string | null, parse: (tsv: string) => CityTable): CityTable {
  const source = statSync(sourcePath);
  const file = cacheDir === null ? null : join(cacheDir, `cities-v${VERSION}-${source.size}-${Math.round(source.mtimeMs)}.bin`);
  const cached = file === null ? null : asCityTable(readPacked(file));
  if (cached) return cached;
  const table = parse(readFileSync(sourcePath, 'utf8'));
  if (file !== null) {
    try {
      writePacked(file, table as unknown as Record<string, PackedPart>);
      pruneOldFiles(cacheDir as string, 'cities-', 1);
    } catch {
      // a read-only install: every start parses the source
    }
  }
  return table;
}
