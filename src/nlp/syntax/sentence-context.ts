import { hashFeature } from './hash.ts';
import type { FormCache } from './form-cache.ts';
import type { TokenTable } from './token-table.ts';

export const NO_WORD = 0x1b873593 | 0;
export const NO_TAG = 200;
const ROOT_WORD = 0x68e31da4 | 0;
const ROOT_TAG = 201;

/**
 * Word hash, tag and word+tag hash of each word of the sentence being parsed, with the root as word n
 * and "no word" (index -1) answered by sentinels, so feature templates read plain array slots.
 */
export class SentenceContext {
  n = 0;
  word = new Int32Array(0);
  tag = new Int32Array(0);
  wordTag = new Int32Array(0);
  suffix = new Int32Array(0);
  /** Fine and mid word classes, when the table was filled with clusters (`hasClusters`). */
  fine = new Int32Array(0);
  mid = new Int32Array(0);
  hasClusters = false;
  /** 1: the model scores moves with `PARSER_MARKER_TEMPLATES` too (trained with `markerTemplates: 1`). */
  markerTemplates = 0;
  /** The words' rows in the form cache and their spelling ids (the table's own arrays: valid until it is filled again). */
  spellings = new Int32Array(0);
  spellingIds = new Float64Array(0);
  formCache: FormCache | null = null;

  fill(table: TokenTable, tags: Uint8Array): void {
    const n = table.length;
    if (this.word.length < n + 1) {
      const size = Math.max(n + 1, this.word.length * 2, 64);
      this.word = new Int32Array(size); this.tag = new Int32Array(size); this.wordTag = new Int32Array(size); this.suffix = new Int32Array(size);
      this.fine = new Int32Array(size); this.mid = new Int32Array(size);
    }
    this.hasClusters = table.clusters !== null;
    if (this.hasClusters) {
      this.fine.set(table.fine.subarray(0, n));
      this.mid.set(table.mid.subarray(0, n));
      this.fine[n] = this.mid[n] = ROOT_WORD;
    }
    this.n = n;
    this.spellings = table.spellings; this.spellingIds = table.spellingIds; this.formCache = table.formCache;
    for (let i = 0; i < n; i++) {
      this.word[i] = table.lower[i];
      this.tag[i] = tags[i];
      this.wordTag[i] = hashFeature(255, table.lower[i], tags[i]);
      this.suffix[i] = table.suffix3[i];
    }
    this.word[n] = ROOT_WORD;
    this.tag[n] = ROOT_TAG;
    this.wordTag[n] = hashFeature(255, ROOT_WORD, ROOT_TAG);
    this.suffix[n] = ROOT_WORD;
  }

  w(i: number): number { return i < 0 ? NO_WORD : this.word[i]; }
  t(i: number): number { return i < 0 ? NO_TAG : this.tag[i]; }
  wt(i: number): number { return i < 0 ? NO_WORD : this.wordTag[i]; }
  suf(i: number): number { return i < 0 ? NO_WORD : this.suffix[i]; }
  cf(i: number): number { return i < 0 ? NO_WORD : this.fine[i]; }
  cm(i: number): number { return i < 0 ? NO_WORD : this.mid[i]; }
}

/** |a - b| in buckets 1, 2, 3, 4, 5-6, 7-9, 10+ (0 when a word is missing). */
export function distanceBucket(a: number, b: number): number {
  if (a < 0 || b < 0) return 0;
  const d = a > b ? a - b : b - a;
  return d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : 7;
}
