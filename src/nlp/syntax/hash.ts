// Feature hashing: every feature is a few small integers (template id, word hash, tag id...) mixed into
// one 32-bit value, masked to a table size. No strings and no Map lookups per feature at run time.

/** FNV-1a over UTF-16 code units: a word form to a 32-bit integer, once per token. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

/**
 * Mixes a template id and up to three values: each is multiplied by its own odd constant (so (a, b) and
 * (b, a) differ), the products XORed, then one murmur-style finalising round spreads the high bits into
 * the low ones that the table mask keeps. Five multiplications: this runs ~100 times per word.
 */
export function hashFeature(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(template + 0x5bd1e995, 0x9e3779b1) ^ Math.imul(a, 0xcc9e2d51) ^ Math.imul(b ^ 0x68e31da4, 0x1b873593) ^ Math.imul(c ^ 0x2545f491, 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) | 0;
}
