// Feature hashing: every feature is a few small integers (template id, word hash, tag id...) mixed into
// one 32-bit value, masked to a table size. No strings and no Map lookups per feature at run time.

/** FNV-1a over UTF-16 code units: a word form to a 32-bit integer, once per token. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** Mixes a template id and up to three values (murmur3-style rounds and finaliser). */
export function hashFeature(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(template + 0x9e3779b9, 0xcc9e2d51);
  h = Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64;
  h = Math.imul(h ^ a, 0xcc9e2d51);
  h = Math.imul((h << 15) | (h >>> 17), 0x1b873593);
  h = Math.imul(h ^ b, 0x85ebca6b);
  h = (h << 13) | (h >>> 19);
  h = Math.imul(h ^ c, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}
