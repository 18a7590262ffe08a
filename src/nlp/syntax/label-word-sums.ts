import type { FormCache } from './form-cache.ts';

/** Bits of a key's small part: the end (dependent 0, head 1), the two tags (bytes) and the direction (1 bit). */
const SMALL = 1 << 18;

/**
 * For the labeler: per-candidate sums of the label templates that read one end of an arc only by its spelling
 * (word, word+tag, suffix, word classes) with the two tags and the direction, kept by (that end's spelling id,
 * which end, the end's own tag, the other end's tag, the direction). The candidate labels follow from the
 * dependent's tag and the direction, both in the key, so a kept row is summed over the same candidates in the
 * same order. News repeats its words in the same roles ("the" under a noun, "said" over a subject): a kept row
 * costs one probe instead of hashing a template per word and reading its row per candidate. An open-addressing
 * table over typed arrays (no objects per entry); when it fills, it starts over. Sums of integers: the same
 * whatever rows they are grouped in.
 */
export class LabelWordSums {
  pool: Int32Array;
  private readonly keys: Float64Array; // -1: an empty slot
  private readonly offsets: Int32Array;
  private readonly slotMask: number;
  private used = 0;
  private entries = 0;
  private source: FormCache | null = null;
  private weights: unknown = null;

  /** `slotBits`: log2 of the table's slots (at most half of them used); `poolSize`: the rows' room, in sums. */
  constructor(slotBits = 17, poolSize = 1 << 21) {
    this.keys = new Float64Array(1 << slotBits).fill(-1);
    this.offsets = new Int32Array(1 << slotBits);
    this.slotMask = (1 << slotBits) - 1;
    this.pool = new Int32Array(poolSize);
  }

  /**
   * Forgets every row when the spellings' cache or the weights are not those the rows were summed from, or when
   * two more rows of `length` sums might not fit (so no row found after this call is overwritten by one added).
   */
  check(formCache: FormCache | null, weights: unknown, length: number): void {
    if (formCache !== this.source || weights !== this.weights) {
      this.source = formCache; this.weights = weights;
      this.clear();
    }
    if (this.used + 2 * length > this.pool.length || 2 * (this.entries + 2) > this.keys.length) this.clear();
  }

  /** The pool offset of the row kept for this key, or -1. */
  find(spellingId: number, end: number, ownTag: number, otherTag: number, dir: number): number {
    const small = (end << 17) | (ownTag << 9) | (otherTag << 1) | (dir - 1);
    const key = spellingId * SMALL + small, keys = this.keys, mask = this.slotMask;
    let slot = slotOf(spellingId, small) & mask;
    for (;;) {
      const k = keys[slot];
      if (k === key) return this.offsets[slot];
      if (k === -1) return -1;
      slot = (slot + 1) & mask;
    }
  }

  /** Room for a new row of `length` sums under this key (not kept before; `check` made room); returns its pool offset. */
  add(spellingId: number, end: number, ownTag: number, otherTag: number, dir: number, length: number): number {
    const small = (end << 17) | (ownTag << 9) | (otherTag << 1) | (dir - 1);
    const keys = this.keys, mask = this.slotMask;
    let slot = slotOf(spellingId, small) & mask;
    while (keys[slot] !== -1) slot = (slot + 1) & mask;
    keys[slot] = spellingId * SMALL + small;
    const at = (this.offsets[slot] = this.used);
    this.used += length;
    this.entries++;
    return at;
  }

  private clear(): void {
    this.keys.fill(-1);
    this.used = 0; this.entries = 0;
  }
}

function slotOf(spellingId: number, small: number): number {
  let h = Math.imul(spellingId | 0, 0x9e3779b1) ^ Math.imul(small, 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 16);
}
