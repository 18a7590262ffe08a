import { hashFeature } from './hash.ts';
import { AFTER, BEFORE, type TokenTable } from './token-table.ts';

/** Most features a token can have (the size of the reused feature buffer). */
export const TAGGER_FEATURES = 32;

export const NO_TAG = 255;

/**
 * Features of token i for the left-to-right tagger (Ratnaparkhi/Collins-style): the word, its affixes and
 * shape, two words either side, the two previous predicted tags. Writes masked bucket ids into `out`.
 * (Dictionary tags of the next words as features were tried: no gain on dev.)
 */
export function taggerFeatures(t: TokenTable, i: number, tags: Uint8Array, mask: number, out: Int32Array): number {
  const n = t.length;
  const w = t.lower[i];
  const wm1 = i > 0 ? t.lower[i - 1] : BEFORE;
  const wm2 = i > 1 ? t.lower[i - 2] : BEFORE;
  const wp1 = i + 1 < n ? t.lower[i + 1] : AFTER;
  const wp2 = i + 2 < n ? t.lower[i + 2] : AFTER;
  const p1 = i > 0 ? tags[i - 1] : NO_TAG;
  const p2 = i > 1 ? tags[i - 2] : NO_TAG;
  let k = 0;
  out[k++] = hashFeature(0, 0) & mask;
  out[k++] = hashFeature(1, w) & mask;
  out[k++] = hashFeature(2, t.cased[i]) & mask;
  out[k++] = hashFeature(3, t.suffix1[i]) & mask;
  out[k++] = hashFeature(4, t.suffix2[i]) & mask;
  out[k++] = hashFeature(5, t.suffix3[i]) & mask;
  out[k++] = hashFeature(6, t.suffix4[i]) & mask;
  out[k++] = hashFeature(7, t.prefix1[i]) & mask;
  out[k++] = hashFeature(8, t.prefix3[i]) & mask;
  out[k++] = hashFeature(9, t.shape[i], i === 0 ? 1 : 0) & mask;
  out[k++] = hashFeature(10, p1) & mask;
  out[k++] = hashFeature(11, p2) & mask;
  out[k++] = hashFeature(12, p1, p2) & mask;
  out[k++] = hashFeature(13, p1, w) & mask;
  out[k++] = hashFeature(14, wm1) & mask;
  out[k++] = hashFeature(15, i > 0 ? t.suffix3[i - 1] : BEFORE) & mask;
  out[k++] = hashFeature(16, wm2) & mask;
  out[k++] = hashFeature(17, wp1) & mask;
  out[k++] = hashFeature(18, i + 1 < n ? t.suffix3[i + 1] : AFTER) & mask;
  out[k++] = hashFeature(19, wp2) & mask;
  out[k++] = hashFeature(20, wm1, w) & mask;
  out[k++] = hashFeature(21, w, wp1) & mask;
  out[k++] = hashFeature(22, p1, wp1) & mask;
  out[k++] = hashFeature(23, i + 1 < n ? t.shape[i + 1] : AFTER) & mask;
  out[k++] = hashFeature(24, wm1, wp1) & mask;
  out[k++] = hashFeature(25, p1, t.suffix3[i]) & mask;
  return k;
}

/**
 * Extra features of the second (right-aware) pass: the first pass's tags of the next two words, so
 * "attack" before "on" and "killed" after a noun read their right context ("the attack on", "people
 * killed in"). Appends to `out` from index k.
 */
export function lookaheadFeatures(t: TokenTable, i: number, ahead: Uint8Array, mask: number, out: Int32Array, k: number): number {
  const n = t.length;
  const a1 = i + 1 < n ? ahead[i + 1] : NO_TAG - 1;
  const a2 = i + 2 < n ? ahead[i + 2] : NO_TAG - 1;
  const p1 = i > 0 ? ahead[i - 1] : NO_TAG;
  out[k++] = hashFeature(40, a1) & mask;
  out[k++] = hashFeature(41, a1, a2) & mask;
  out[k++] = hashFeature(42, a1, t.lower[i]) & mask;
  out[k++] = hashFeature(43, p1, a1) & mask;
  out[k++] = hashFeature(44, a1, t.suffix3[i]) & mask;
  out[k++] = hashFeature(45, ahead[i], t.lower[i]) & mask;
  return k;
}
