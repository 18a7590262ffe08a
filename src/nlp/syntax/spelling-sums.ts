import type { FeatureTemplates } from './hash.ts';
import type { FormCache } from './form-cache.ts';
import type { TokenTable } from './token-table.ts';

/**
 * For one quantised weight table: the sum of the rows of a token's spelling templates (those that read
 * atoms of its spelling only: its word, affixes, shape, word classes), kept per spelling of the form
 * cache. Those buckets are the same wherever the spelling occurs, and news repeats its words: a spelling
 * seen before costs one check instead of hashing ~15 templates and summing their rows. Sums of integers,
 * so a token's scores are the same whether its rows are summed all at once or in two parts.
 */
export class SpellingSums {
  sums = new Int32Array(0); // classes per form-cache row
  private ids = new Float64Array(0); // the spelling id each row of `sums` was summed for (-1: none)
  private source: FormCache | null = null;
  private readonly buckets: Int32Array;

  constructor(private readonly templates: readonly FeatureTemplates[], private readonly classes: number) {
    this.buckets = new Int32Array(templates.reduce((n, t) => n + t.count, 0));
  }

  /** Where the sums of token i of `table` start in `sums`, or -1 when its spelling has none yet (then `sum`). */
  at(table: TokenTable, i: number): number {
    if (table.formCache !== this.source) { this.source = table.formCache; this.ids.fill(-1); }
    const row = table.spellings[i];
    return row < this.ids.length && this.ids[row] === table.spellingIds[i] ? row * this.classes : -1;
  }

  /** Sums the rows of token i's spelling templates (`atoms`: its atoms; `weights`, `mask`: the table); returns `at`. */
  sum(table: TokenTable, i: number, atoms: Int32Array, weights: Int16Array, mask: number): number {
    const row = table.spellings[i], k = this.classes;
    if (row >= this.ids.length) this.grow(row + 1);
    const at = row * k, buckets = this.buckets;
    let count = 0;
    for (const t of this.templates) count = t.hash(atoms, mask, buckets, count);
    const sums = this.sums;
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let j = 0; j < count; j++) s += weights[buckets[j] * k + c];
      sums[at + c] = s;
    }
    this.ids[row] = table.spellingIds[i];
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
