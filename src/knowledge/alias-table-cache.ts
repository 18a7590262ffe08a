import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pruneOldFiles, readPacked, writePacked, type PackedPart } from './packed-file.ts';
import type { PhraseIndex } from './phrase-index.ts';
import { packPhrases, PhraseTable, type PackedPhrases } from './phrase-table.ts';
import { codeFiles } from '../paths.ts';

// A gazetteer's aliases filed as a frozen phrase table (phrase-table.ts) saved in the cache folder, instead of one
// trie walk and one key each at every start and in every coder thread: the place gazetteer's 28,000 aliases (country
// names, regions, rivers, sites, districts: ~70 ms of a start's CPU, measured under load). (PETRARCH's 4,700 agent nouns were tried:
// ~0.08 s less at start, but common nouns hit the table so often that matching cost 0.08 ms more per article.) The aliases
// and their entries are still made at every start (entries are objects other tables share); only their filing is
// read back. A table's ref is the alias's position in the list, so the entry matched is the very object listed,
// under the same keys in the same order as the trie filed them. The file is named after a hash of the aliases in
// order and of the code that files them, so any change files afresh. A cache that cannot be read or written is only
// slower.

const VERSION = 1;

const FILING_CODE = codeFiles(['knowledge/phrase-key.ts', 'knowledge/phrase-table.ts', 'knowledge/sorted-keys.ts', 'nlp/normalize.ts']);

const SHAPE: Record<keyof PackedPhrases, string> = {
  keys: 'String', keyStarts: 'Uint32Array', entryStarts: 'Uint32Array', refs: 'Int32Array', capitals: 'Int32Array', acronymEntries: 'Uint32Array', acronyms: 'Array',
};

function cacheFileOf(cacheDir: string, name: string, aliases: ReadonlyArray<readonly [string, unknown]>): string {
  const hash = createHash('sha256').update(`v${VERSION}\n`);
  for (const file of FILING_CODE) hash.update(readFileSync(file));
  hash.update(aliases.map(([alias]) => `\n${alias}`).join('')); // one update: 28,000 calls cost ~40 ms cold
  return join(cacheDir, `${name}-v${VERSION}-${hash.digest('hex').slice(0, 20)}.bin`);
}

function readSaved(file: string, aliases: number): PackedPhrases | null {
  const parts = readPacked(file);
  if (!parts) return null;
  for (const [name, kind] of Object.entries(SHAPE)) if (Object(parts[name]).constructor.name !== kind) return null;
  const p = parts as unknown as PackedPhrases;
  const consistent = p.keyStarts.length === p.entryStarts.length && p.entryStarts[p.entryStarts.length - 1] === p.refs.length
    && p.refs.every((ref) => ref >= 0 && ref < aliases) && p.acronymEntries.length === p.acronyms.length;
  return consistent ? p : null;
}

/**
 * Files `aliases` (in this order, the last `index` takes) as its frozen table: read from `cacheDir` when saved there
 * (as `name`-….bin), else packed and saved.
 */
export function fileAliases<T>(index: PhraseIndex<T>, aliases: ReadonlyArray<readonly [string, T]>, cacheDir: string | null, name: string): void {
  const file = cacheDir === null ? null : cacheFileOf(cacheDir, name, aliases);
  let packed = file === null ? null : readSaved(file, aliases.length);
  if (packed === null) {
    packed = packPhrases(aliases.map(([alias], ref) => ({ alias, ref })));
    if (file !== null) {
      try {
        writePacked(file, packed as unknown as Record<string, PackedPart>);
        // a few kept: the sources run through tsx (tests) and the built dist/ each have their own
        pruneOldFiles(cacheDir as string, `${name}-`, 4);
      } catch {
        // a read-only install: every start files the aliases afresh
      }
    }
  }
  index.freeze(new PhraseTable(packed, (ref) => aliases[ref][1]));
}
