import { fmix, popcount, wordHashes } from './hashing.ts';

// The near-duplicate fingerprint: a 128-bit b-bit MinHash sketch (Li & König 2010, one bit per
// MinHash value) of the text's word 3-shingles, computed by one-permutation hashing (Li, Owen &
// Zhang 2012) with densification for empty bins (Shrivastava & Li 2014), so each shingle is hashed
// once instead of 128 times.
//
// Each bit of two sketches agrees with probability (1 + J) / 2, J the Jaccard similarity of their
// shingle sets, so the Hamming distance estimates 64·(1 − J):
//   the same wire story with another headline and footer   J ≈ 0.9   ≈ 6 bits
//   two stories about the same event from different desks  J ≈ 0.1   ≈ 58 bits
//   unrelated texts                                         J ≈ 0     ≈ 64 bits
// A 128-bit SimHash was the first try; on the bench corpus it put re-headlined copies 0-9 bits apart
// (of 64) and some unrelated articles 5-8, while this sketch gives 1-7 against ≥ 10 at 64 bits, and
// twice the margin at 128. The string form is what the store keeps in SaveMeta.simhash.

export const FINGERPRINT_BITS = 128;
const BINS = FINGERPRINT_BITS;
const BIN_SHIFT = 25; // 32 - log2(128): the top 7 bits of a shingle hash choose its bin
const VALUE_MASK = (1 << BIN_SHIFT) - 1;
const EMPTY = 0xffffffff;

/** Four 32-bit words: bitwise operators in JavaScript work on 32 bits, and BigInt is slow. */
export type Fingerprint = readonly [number, number, number, number];

export function fingerprint(text: string): Fingerprint {
  const words = wordHashes(text);
  const mins = new Uint32Array(BINS).fill(EMPTY);
  const add = (h: number) => {
    const x = fmix(h);
    const bin = x >>> BIN_SHIFT;
    const value = x & VALUE_MASK;
    if (value < mins[bin]) mins[bin] = value;
  };
  if (words.length < 3) for (const w of words) add(w); // one- or two-word texts: the words are the features
  for (let i = 0; i + 3 <= words.length; i++) add(Math.imul(Math.imul(words[i], 31) + words[i + 1], 31) + words[i + 2]);
  const out = [0, 0, 0, 0];
  for (let bin = 0; bin < BINS; bin++) {
    // Densification: an empty bin borrows the value of the next non-empty one, mixed with the distance
    // borrowed from, so two sketches of the same set still agree bin by bin.
    let from = bin;
    let steps = 0;
    while (mins[from] === EMPTY && steps < BINS) {
      from = (from + 1) % BINS;
      steps++;
    }
    const value = steps === BINS ? 0 : mins[from];
    if (fmix(value + Math.imul(steps, 0x9e3779b9)) & 1) out[bin >>> 5] |= 1 << (bin & 31);
  }
  return [out[0] >>> 0, out[1] >>> 0, out[2] >>> 0, out[3] >>> 0];
}

export function hammingDistance(a: Fingerprint, b: Fingerprint): number {
  return popcount(a[0] ^ b[0]) + popcount(a[1] ^ b[1]) + popcount(a[2] ^ b[2]) + popcount(a[3] ^ b[3]);
}

/** 32 hex digits. */
export function formatFingerprint(f: Fingerprint): string {
  return f.map((w) => w.toString(16).padStart(8, '0')).join('');
}

/** Null for anything that is not 32 hex digits (e.g. a fingerprint written by another tool). */
export function parseFingerprint(hex: string): Fingerprint | null {
  if (!/^[0-9a-f]{32}$/i.test(hex)) return null;
  const word = (i: number) => Number.parseInt(hex.slice(i * 8, i * 8 + 8), 16);
  return [word(0), word(1), word(2), word(3)];
}
