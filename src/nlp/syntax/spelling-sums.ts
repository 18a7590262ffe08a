import type { FeatureTemplates } from './hash.ts';
import type { FormCache } from './form-cache.ts';
import type { TokenTable } from './token-table.ts';

/** The id of the slot of the stand-in beyond the sentence's ends (spelling ids are ≥ 0, -1 is an empty slot). */
const EDGE = -2;

/**
 * For one quantised weight table: the sum of the rows of a token's spelling templates (those that read
 * atoms of one word's spelling only: its word, affixes, shape, word classes), kept per spelling of the form
 * cache. `offset` says which word: the token's own (0), the one before (-1), the one after (1); beyond the
 * sentence the atoms are stand-in constants, kept in slot 0. Those buckets are the same wherever the spelling
 * occurs, and news repeats its words: a spelling seen before costs one check instead of hashing the templates
 * and summing their rows. Sums of integers, so a token's scores are the same however its rows are grouped.
 */
export class SpellingSums {
  sums = new Int32Array(0); // classes per slot: slot 0 the stand-in, then one per form-cache row
  private ids = new Float64Array(0); // the spelling id each slot was summed for (-1: none)
  private source: FormCache | null = null;
  private readonly buckets: Int32Array;

  constructor(private readonly templates: readonly FeatureTemplates[], private readonly classes: number, private readonly offset = 0) {
    this.buckets = new Int32Array(templates.reduce((n, t) => n + t.count, 0));
  }

  /** Where the sums of token i of `table` start in `sums`, or -1 when its spelling has none yet (then `sum`). */
  at(table: TokenTable, i: number): number {
    if (table.formCache !== this.source) { this.source = table.formCache; this.ids.fill(-1); }
    const j = i + this.offset;
    const inside = j >= 0 && j < table.length;
    const slot = inside ? table.spellings[j] + 1 : 0;
    return slot < this.ids.length && this.ids[slot] === (inside ? table.spellingIds[j] : EDGE) ? slot * this.classes : -1;
  }

  /** Sums the rows of token i's spelling templates (`atoms`: token i's atoms; `weights`, `mask`: the table); returns `at`. */
  sum(table: TokenTable, i: number, atoms: Int32Array, weights: Int16Array, mask: number): number {
    const j = i + this.offset, k = this.classes;
    const inside = j >= 0 && j < table.length;
    const slot = inside ? table.spellings[j] + 1 : 0;
    if (slot >= this.ids.length) this.grow(slot + 1);
    const at = slot * k, buckets = this.buckets;
    let count = 0;
    for (const t of this.templates) count = t.hash(atoms, mask, buckets, count);
    const sums = this.sums;
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let j = 0; j < count; j++) s += weights[buckets[j] * k + c];
      sums[at + c] = s;
    }
    this.ids[slot] = inside ? table.spellingIds[j] : EDGE;
    return at;
  }

  private grow(rows: number): void {
    const size = Math.max(rows, 2 * this.ids.length, 1024);
    const ids = new Float64Array(size).fill(-1);
    ids.set(this.ids);
    const sums = new Int32Array(size * this.classes);
    sums.set(this.sums);
    this.ids = ids;
    this.sums = sums;
  }
}
