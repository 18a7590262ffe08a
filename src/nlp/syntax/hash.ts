// Feature hashing: every feature is a few small integers (template id, word hash, tag id...) mixed into
// one 32-bit value, masked to a table size. No strings and no Map lookups per feature at run time.

/** FNV-1a over UTF-16 code units: a word form to a 32-bit integer, once per token. */
export function hashString(s: string): number {
  return hashRange(s, 0, s.length);
}

/** FNV-1a of `s.slice(start, end)` without building the slice ("-ing" of "bombing" is (4, 7)). */
export function hashRange(s: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h | 0;
}

/** `hashString(s + extra)` from `hashString(s)` (FNV is a running fold). */
export function hashAppend(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME) | 0;
}

export const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * Mixes a template id and up to three values: each is multiplied by its own odd constant (so (a, b) and
 * (b, a) differ), the products XORed, then one murmur-style finalising round spreads the high bits into
 * the low ones that the table mask keeps.
 */
export function hashFeature(template: number, a: number, b = 0, c = 0): number {
  return mix(templateSeed(template), a, b, c);
}

/** The template's share of `hashFeature`, the same for every feature of that template. */
export function templateSeed(template: number): number {
  return Math.imul(template + 0x5bd1e995, 0x9e3779b1);
}

function mix(seed: number, a: number, b: number, c: number): number {
  let h = seed ^ Math.imul(a, 0xcc9e2d51) ^ Math.imul(b ^ 0x68e31da4, 0x1b873593) ^ Math.imul(c ^ 0x2545f491, 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) | 0;
}

/**
 * A set of feature templates as data: template i is `hashFeature(id, atoms[a], atoms[b], atoms[c])`,
 * where atoms are the integers a configuration is described by (s0's word hash, b0's tag...) and
 * slot 0 of the atoms is always 0 (a template of one or two values).
 */
export class FeatureTemplates {
  readonly count: number;
  readonly seeds: Int32Array;
  readonly slots: Int32Array;
  /**
   * Writes the masked bucket of every template into `out` from index k; returns the new k. Compiled once
   * per set (`compileHash`): the same values as the loop over `hashFeature`, a third of the time.
   */
  readonly hash: (atoms: Int32Array, mask: number, out: Int32Array, k: number) => number;

  /** Each row: [template id, atom slot, atom slot?, atom slot?]. */
  constructor(readonly rows: readonly (readonly number[])[]) {
    this.count = rows.length;
    this.seeds = Int32Array.from(rows, (r) => templateSeed(r[0]));
    this.slots = new Int32Array(rows.length * 3);
    rows.forEach((r, i) => { this.slots[3 * i] = r[1]; this.slots[3 * i + 1] = r[2] ?? 0; this.slots[3 * i + 2] = r[3] ?? 0; });
    this.hash = compileHash(this.seeds, this.slots);
  }

  /** A hash of the templates (ids and atom slots): a model file records the set it was trained with. */
  signature(): number {
    let h = FNV_OFFSET;
    for (let i = 0; i < this.count; i++) h = mix(h, this.seeds[i], this.slots[3 * i] | (this.slots[3 * i + 1] << 10), this.slots[3 * i + 2]);
    return h;
  }

  /**
   * The templates whose every atom slot passes `inside` (slot 0, the constant, always does), and the
   * others, each in this set's order. A template's bucket depends on its own row only, so the two sets
   * together give the same buckets as this one.
   */
  split(inside: (slot: number) => boolean): [within: FeatureTemplates, rest: FeatureTemplates] {
    const within = (row: readonly number[]) => row.every((slot, j) => j === 0 || slot === 0 || inside(slot));
    return [new FeatureTemplates(this.rows.filter(within)), new FeatureTemplates(this.rows.filter((row) => !within(row)))];
  }
}

// `mix`'s multipliers and offsets of its three values.
const MULTIPLIERS = [0xcc9e2d51, 0x1b873593, 0x85ebca6b];
const OFFSETS = [0, 0x68e31da4, 0x2545f491];

/**
 * One function with a straight line of code per template: `mix` with the template's seed and the terms
 * of its unused values (slot 0, always 0) folded into one constant, and its atom slots written in. A
 * loop over the set reads each template's seed and slots from arrays and multiplies the unused values
 * anyway; the parser hashes about 100 templates per move, so that was a tenth of its time. The code is
 * built from integers only (no outside text).
 */
function compileHash(seeds: Int32Array, slots: Int32Array): FeatureTemplates['hash'] {
  const lines = bucketCode(seeds, slots).map((code, i) => `${code} out[k + ${i}] = h;`);
  return new Function('a', 'mask', 'out', 'k', `let h = 0;\n${lines.join('\n')}\nreturn k + ${seeds.length};`) as FeatureTemplates['hash'];
}

/** Per template, statements that leave its masked bucket in `h` (reading atoms `a` and `mask`). */
export function bucketCode(seeds: Int32Array, slots: Int32Array): string[] {
  const hex = (n: number) => `0x${(n >>> 0).toString(16)}`;
  const lines: string[] = [];
  for (let i = 0; i < seeds.length; i++) {
    let constant = seeds[i];
    const terms: string[] = [];
    for (let j = 0; j < 3; j++) {
      const slot = slots[3 * i + j];
      if (slot === 0) constant ^= Math.imul(OFFSETS[j], MULTIPLIERS[j]);
      else terms.push(`Math.imul(a[${slot}]${j > 0 ? ` ^ ${hex(OFFSETS[j])}` : ''}, ${hex(MULTIPLIERS[j])})`);
    }
    lines.push(`h = ${[hex(constant | 0), ...terms].join(' ^ ')}; h ^= h >>> 15; h = Math.imul(h, 0x2c1b3c6d); h = (h ^ (h >>> 12)) & mask;`);
  }
  return lines;
}
