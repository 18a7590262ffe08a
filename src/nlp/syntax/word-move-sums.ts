import type { FeatureTemplates } from './hash.ts';
import type { FormCache } from './form-cache.ts';
import type { MoveDifferences } from './move-differences.ts';
import type { MoveSums } from './move-sums.ts';
import { NONE } from './parser-state.ts';
import { wordAtoms } from './parser-features.ts';
import type { SentenceContext } from './sentence-context.ts';

/** The places a word takes in a configuration whose templates read that word alone: s0, s1, s2, b0, b1, b2. */
export const PLACES = 6;
const WIDTH = 2 * PLACES; // LEFT − SHIFT and RIGHT − SHIFT per place
/** Slot 0: no word (a stack or buffer place beyond the ends); slot 1: the root; then a slot per form-cache row. */
const NO_WORD_SLOT = 0, ROOT_SLOT = 1, FIRST_ROW_SLOT = 2;

/**
 * For the parser's move templates that read one word only (its word, tag, word+tag, suffix, word classes) in one
 * place of the configuration: their row sums per word, kept from sentence to sentence by the word's spelling and
 * tag (the atoms those templates read are functions of these two). A word seen before with the same tag costs one
 * check instead of hashing about twenty templates and reading their rows. A spelling read with another tag sums
 * again (and keeps the new sums). Sums of integers: the same whatever rows they are kept with.
 */
export class WordMoveSums {
  sums = new Int32Array(0); // WIDTH per slot
  private ids = new Float64Array(0); // the spelling id each slot was summed for (-1: none)
  private tags = new Int32Array(0); // and its tag
  private source: FormCache | null = null;
  private readonly buckets: Int32Array;

  /** `sets`/`sums`: the templates of each place (in `PLACES` order) and their compiled row sums. */
  constructor(private readonly sets: readonly FeatureTemplates[], private readonly compiled: readonly MoveSums[], private readonly table: MoveDifferences, private readonly mask: number) {
    this.buckets = new Int32Array(Math.max(...sets.map((s) => s.count)));
  }

  /** Where the sums of word i (NONE: no word; c.n: the root) start in `sums`, summed first if need be. */
  at(c: SentenceContext, i: number): number {
    if (c.formCache !== this.source) this.restart(c);
    if (i === NONE || i === c.n) return (i === NONE ? NO_WORD_SLOT : ROOT_SLOT) * WIDTH;
    const slot = c.spellings[i] + FIRST_ROW_SLOT;
    if (slot >= this.ids.length) this.grow(slot + 1);
    const id = c.spellingIds[i], tag = c.tag[i];
    if (this.ids[slot] !== id || this.tags[slot] !== tag) {
      this.sum(c, i, slot);
      this.ids[slot] = id; this.tags[slot] = tag;
    }
    return slot * WIDTH;
  }

  private sum(c: SentenceContext, i: number, slot: number): void {
    const atoms = wordAtoms(c, i), mask = this.mask, rows = this.table.rows, out = this.sums;
    for (let p = 0; p < PLACES; p++) {
      const at = slot * WIDTH + 2 * p;
      if (this.compiled[p](atoms, mask, rows, out, at) !== 0) this.sumWide(this.sets[p].hash(atoms, mask, this.buckets, 0), at);
    }
  }

  /** The sums the long way (a bucket's differences do not fit 16 bits: move-differences.ts). */
  private sumWide(count: number, at: number): void {
    const rows = this.table.rows;
    let left = 0, right = 0;
    for (let k = 0; k < count; k++) {
      const b = this.buckets[k], wide = this.table.wide.get(b);
      left += wide ? wide[0] : rows[2 * b];
      right += wide ? wide[1] : rows[2 * b + 1];
    }
    this.sums[at] = left; this.sums[at + 1] = right;
  }

  /** A new form cache: no kept sums are known to be its spellings'. The no-word and root slots hold constants. */
  private restart(c: SentenceContext): void {
    this.source = c.formCache;
    if (this.ids.length === 0) this.grow(FIRST_ROW_SLOT);
    this.ids.fill(-1);
    this.sum(c, NONE, NO_WORD_SLOT);
    this.sum(c, c.n, ROOT_SLOT);
  }

  private grow(slots: number): void {
    const size = Math.max(slots, 2 * this.ids.length, 1024);
    const ids = new Float64Array(size).fill(-1);
    ids.set(this.ids);
    const tags = new Int32Array(size);
    tags.set(this.tags);
    const sums = new Int32Array(size * WIDTH);
    sums.set(this.sums);
    this.ids = ids; this.tags = tags; this.sums = sums;
  }
}
