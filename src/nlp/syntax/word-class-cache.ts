import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { pruneOldFiles, readPacked, writePacked } from '../../knowledge/packed-file.ts';
import { SortedKeys } from '../../knowledge/sorted-keys.ts';
import { modelCacheDir } from './model-cache.ts';

// The model file's word classes as the coder reads them (each word's fine class and lexicon class packed in one
// number, `WordClusters.classesOf`): 143,000 words put in a Map one by one were ~150-250 ms of CPU at every start
// and in every coder thread. Saved as one sorted string of words and their numbers in the cache folder, they are
// read back in a few ms and found by binary search, once per new spelling (`FormCache` keeps what it found). The
// file is named after a hash of the lists it packs, so another model packs afresh. A cache that cannot be read or
// written is only slower.

const VERSION = 1;

/** What the coder asks of a word-class table: a word's packed classes, and (tests, `fineOf`) every word. */
export interface WordClassLookup extends Iterable<[string, number]> {
  get(word: string): number | undefined;
  readonly size: number;
}

/** Words sorted (UTF-16 code units) with their packed classes. */
export class PackedWordClasses implements WordClassLookup {
  constructor(readonly words: SortedKeys, readonly values: Int32Array) {}

  get size(): number {
    return this.words.size;
  }

  get(word: string): number | undefined {
    const k = this.words.indexOf(word);
    return k < 0 ? undefined : this.values[k];
  }

  *[Symbol.iterator](): Iterator<[string, number]> {
    for (let k = 0; k < this.words.size; k++) yield [this.words.at(k), this.values[k]];
  }

  static of(map: ReadonlyMap<string, number>): PackedWordClasses {
    const words = [...map.keys()].sort();
    return new PackedWordClasses(SortedKeys.fromSorted(words), Int32Array.from(words, (w) => map.get(w)!));
  }
}

/**
 * The packed classes of these lists (`lists`: the fine classes' then the lexicon classes' word lists), from the cache
 * when it has them, else `build` (the Map the lists make) packed and saved. Both answer every word alike.
 */
export function cachedWordClasses(lists: readonly string[], build: () => Map<string, number>): WordClassLookup {
  const dir = modelCacheDir();
  if (dir === null) return build();
  const hash = createHash('sha256').update(`v${VERSION}\n`);
  hash.update(`${lists.join('\n')}\n`);
  const file = join(dir, `word-classes-v${VERSION}-${hash.digest('hex').slice(0, 20)}.bin`);
  const saved = readPacked(file);
  if (saved && typeof saved.words === 'string' && saved.starts instanceof Uint32Array && saved.values instanceof Int32Array && saved.starts.length === saved.values.length + 1) {
    return new PackedWordClasses(new SortedKeys(saved.words, saved.starts), saved.values);
  }
  const map = build();
  // a word with a line break cannot sit in the sorted string (none does: words are split on spaces from one line)
  for (const word of map.keys()) if (word.includes('\n')) return map;
  const packed = PackedWordClasses.of(map);
  try {
    writePacked(file, { words: packed.words.text, starts: packed.words.starts, values: packed.values });
    pruneOldFiles(dir, 'word-classes-', 2);
  } catch {
    // a read-only install: every start packs the classes afresh
  }
  return packed;
}
