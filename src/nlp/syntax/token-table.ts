import { FNV_OFFSET, hashAppend, hashRange, hashString } from './hash.ts';
import { NO_CLUSTER, type WordClusters } from './word-clusters.ts';
import { normalizeForm, wordShapeHash } from './word-form.ts';

/**
 * Per-token string hashes of one sentence, computed once and read by every feature template of the
 * tagger and the parser. Buffers grow to the longest sentence seen and are reused (no per-token objects);
 * affixes are hashed in place (`hashRange`), never sliced out.
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

  constructor(readonly clusters: WordClusters | null = null) {}

  fill(words: readonly string[]): void {
    const n = words.length;
    if (this.lower.length < n) this.grow(Math.max(n, this.lower.length * 2, 64));
    this.length = n;
    for (let i = 0; i < n; i++) {
      const raw = words[i];
      const w = normalizeForm(raw);
      const len = w.length;
      this.forms[i] = w;
      const lower = (this.lower[i] = hashString(w));
      // The cased form: the word itself when it has capitals, else the lowercase hash; a normalised form
      // that differs from the plain lowercase one ("1,200" → "0,000") is marked with a trailing "^".
      const rawLower = raw === w ? raw : raw.toLowerCase();
      this.cased[i] = rawLower === raw ? lower : w === rawLower ? hashString(raw) : hashAppend(lower, 94);
      this.suffix1[i] = hashRange(w, len > 1 ? len - 1 : 0, len);
      this.suffix2[i] = hashRange(w, len > 2 ? len - 2 : 0, len);
      this.suffix3[i] = hashRange(w, len > 3 ? len - 3 : 0, len);
      this.suffix4[i] = hashRange(w, len > 4 ? len - 4 : 0, len);
      this.prefix1[i] = raw.length === 0 ? FNV_OFFSET : hashRange(raw, 0, 1);
      this.prefix3[i] = hashRange(w, 0, len < 3 ? len : 3);
      this.shape[i] = wordShapeHash(raw);
    }
    const clusters = this.clusters;
    if (!clusters) return;
    const both = clusters.classesOf;
    if (both) {
      for (let i = 0; i < n; i++) {
        const packed = both.get(this.forms[i]) ?? 0;
        const fine = (packed & 0xffff) - 1;
        this.fine[i] = fine;
        this.mid[i] = fine < 0 ? NO_CLUSTER : clusters.midOfFine[fine];
        this.coarse[i] = fine < 0 ? NO_CLUSTER : clusters.coarseOfFine[fine];
        this.lexicon[i] = (packed >>> 16) - 1;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const fine = clusters.fineOf.get(this.forms[i]) ?? NO_CLUSTER;
      this.fine[i] = fine;
      this.mid[i] = fine < 0 ? NO_CLUSTER : clusters.midOfFine[fine];
      this.coarse[i] = fine < 0 ? NO_CLUSTER : clusters.coarseOfFine[fine];
    }

  }

  private grow(size: number): void {
    for (const key of ['lower', 'cased', 'suffix1', 'suffix2', 'suffix3', 'suffix4', 'prefix1', 'prefix3', 'shape', 'fine', 'mid', 'coarse', 'lexicon'] as const) {
      this[key] = new Int32Array(size);
    }
  }
}

/** Stand-ins for positions before the first and after the last token. */
export const BEFORE = 0x5f3759df | 0;
export const AFTER = 0x2545f491 | 0;
