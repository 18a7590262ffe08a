import {
  CAPACITY, CASED, COARSE, FIELDS, FINE, type FormCache, LEXICON, LOWER, MID, PREFIX1, PREFIX3, SHAPE, SUFFIX1, SUFFIX2, SUFFIX3, SUFFIX4, formCacheFor,
} from './form-cache.ts';
import type { WordClusters } from './word-clusters.ts';

/**
 * Per-token string hashes of one sentence, computed once per spelling (form-cache.ts) and read by every
 * feature template of the tagger and the parser. Buffers grow to the longest sentence seen and are reused
 * (no per-token objects).
 */
export class TokenTable {
  length = 0;
  forms: string[] = []; // normalised lowercase forms (tag dictionary key)
  lower = new Int32Array(0);
  cased = new Int32Array(0);
  suffix1 = new Int32Array(0);
  suffix2 = new Int32Array(0);
  suffix3 = new Int32Array(0);
  suffix4 = new Int32Array(0);
  prefix1 = new Int32Array(0);
  prefix3 = new Int32Array(0);
  shape = new Int32Array(0);
  // Word classes at three granularities (only with `clusters`; NO_CLUSTER for words the table lacks).
  fine = new Int32Array(0);
  mid = new Int32Array(0);
  coarse = new Int32Array(0);
  // The lexicon's tag class of each word (only with `clusters.lexicon`; NO_LEXICON_CLASS when it lacks the word).
  lexicon = new Int32Array(0);
  // Each token's row in the shared form cache, and that row with the cache's generation (one number per
  // spelling for as long as the process runs: generation × CAPACITY + row), for values kept per spelling.
  spellings = new Int32Array(0);
  spellingIds = new Float64Array(0);

  readonly formCache: FormCache;

  constructor(readonly clusters: WordClusters | null = null) {
    this.formCache = formCacheFor(clusters);
  }

  fill(words: readonly string[]): void {
    const n = words.length;
    if (this.lower.length < n) this.grow(Math.max(n, this.lower.length * 2, 64));
    this.length = n;
    const cache = this.formCache;
    for (let i = 0; i < n; i++) {
      const row = cache.row(words[i]);
      const v = cache.values, at = row * FIELDS; // read after `row` (it may grow the values)
      this.forms[i] = cache.forms[row];
      this.lower[i] = v[at + LOWER]; this.cased[i] = v[at + CASED];
      this.suffix1[i] = v[at + SUFFIX1]; this.suffix2[i] = v[at + SUFFIX2]; this.suffix3[i] = v[at + SUFFIX3]; this.suffix4[i] = v[at + SUFFIX4];
      this.prefix1[i] = v[at + PREFIX1]; this.prefix3[i] = v[at + PREFIX3]; this.shape[i] = v[at + SHAPE];
      this.fine[i] = v[at + FINE]; this.mid[i] = v[at + MID]; this.coarse[i] = v[at + COARSE]; this.lexicon[i] = v[at + LEXICON];
      this.spellings[i] = row; this.spellingIds[i] = cache.generation * CAPACITY + row;
    }
  }

  private grow(size: number): void {
    for (const key of ['lower', 'cased', 'suffix1', 'suffix2', 'suffix3', 'suffix4', 'prefix1', 'prefix3', 'shape', 'fine', 'mid', 'coarse', 'lexicon', 'spellings'] as const) {
      this[key] = new Int32Array(size);
    }
    this.spellingIds = new Float64Array(size);
  }
}

/** Stand-ins for positions before the first and after the last token. */
export const BEFORE = 0x5f3759df | 0;
export const AFTER = 0x2545f491 | 0;
