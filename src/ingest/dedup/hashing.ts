// Small non-cryptographic hashes for fingerprints: fast, well mixed, and identical on every machine.

const WORD = /[\p{L}\p{N}]+/gu;

/** FNV-1a of each case-folded word: "Troops shelled Kharkiv" → 3 numbers. Punctuation and spacing drop out. */
export function wordHashes(text: string): number[] {
  const out: number[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0];
    let h = 0x811c9dc5;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
    out.push(h);
  }
  return out;
}

/** MurmurHash3's finaliser: spreads every input bit over all 32 output bits. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
