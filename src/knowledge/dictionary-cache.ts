import { createHash, type Hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PackedPhrases } from './phrase-table.ts';
import { pruneOldFiles, readPacked, writePacked, type PackedPart } from './packed-file.ts';
import { codeFiles, sourceModulesOf } from '../paths.ts';

// The PETRARCH names merged under ours (load-dictionary.ts), saved so the next start reads a few
// typed arrays instead of filing 24,000 aliases and 21,000 entries (0.7 s of CPU and 30 MB at every
// start and in every coder thread). The file is named after a hash of everything the merge depends on:
// the dictionary files, our own actors (alias, id, kind: ours win alias by alias) and the code that
// files and merges names, so editing any of them merges afresh. Like the GeoNames cache: a cache that
// cannot be read or written is only slower.

const VERSION = 1;

/** What a saved merge holds: the phrase table, the dictionary rows its refs ≥ 0 point at, our ids for refs < 0. */
export interface SavedMerge {
  readonly phrases: PackedPhrases;
  /** One actors.tsv row per line, as name<TAB><TAB>codes<TAB>kind<TAB>origin. */
  readonly rows: string;
  readonly rowStarts: Uint32Array;
  readonly ourIds: readonly string[];
}

// the code that files and merges names: every module of knowledge/ and the normalizer (paths.ts finds them)
const MERGE_CODE = [...sourceModulesOf('knowledge'), 'nlp/normalize.ts'];

/** A hash over the merge's inputs; the caller adds our actors to it with `ourActor`. */
export function mergeFingerprint(): Hash {
  const hash = createHash('sha256').update(`v${VERSION}\n`);
  for (const file of codeFiles(MERGE_CODE)) hash.update(readFileSync(file));
  return hash;
}

export function ourActor(hash: Hash, alias: string, id: string, kind: string): void {
  hash.update(`${alias}\t${id}\t${kind}\n`);
}

export function mergeCacheFile(cacheDir: string, hash: Hash, dictionaryFiles: ReadonlyArray<string | null>): string {
  for (const content of dictionaryFiles) hash.update(`\f${content ?? '(none)'}`);
  return join(cacheDir, `petrarch-merge-v${VERSION}-${hash.digest('hex').slice(0, 20)}.bin`);
}

const SHAPE: Record<string, string> = {
  keys: 'String', keyStarts: 'Uint32Array', entryStarts: 'Uint32Array', refs: 'Int32Array', capitals: 'Int32Array',
  acronymEntries: 'Uint32Array', acronyms: 'Array', rows: 'String', rowStarts: 'Uint32Array', ourIds: 'Array',
};

export function readSavedMerge(file: string): SavedMerge | null {
  const parts = readPacked(file);
  if (!parts) return null;
  for (const [name, kind] of Object.entries(SHAPE)) if (Object(parts[name]).constructor.name !== kind) return null;
  const p = parts as Record<string, never>;
  const phrases: PackedPhrases = {
    keys: p.keys, keyStarts: p.keyStarts, entryStarts: p.entryStarts, refs: p.refs, capitals: p.capitals, acronymEntries: p.acronymEntries, acronyms: p.acronyms,
  };
  return phrases.keyStarts.length === phrases.entryStarts.length && phrases.entryStarts[phrases.entryStarts.length - 1] === phrases.refs.length
    ? { phrases, rows: p.rows, rowStarts: p.rowStarts, ourIds: p.ourIds }
    : null;
}

export function writeSavedMerge(file: string, saved: SavedMerge): void {
  try {
    writePacked(file, { ...saved.phrases, rows: saved.rows, rowStarts: saved.rowStarts, ourIds: saved.ourIds } as Record<string, PackedPart>);
    // a few kept: the sources run through tsx (tests) and the built dist/ each have their own
    pruneOldFiles(dirname(file), 'petrarch-merge-', 4);
  } catch {
    // a read-only install: every start merges afresh
  }
}
