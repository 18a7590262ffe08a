import type { LinearModel } from './perceptron.ts';
import { TRANSITIONS } from './parser-state.ts';

/** Marks a bucket whose differences do not fit 16 bits (their values are in `wide`). */
export const WIDE = -32768;

/**
 * The move table as the parser reads it at run time, made at load time: per bucket, LEFT − SHIFT and
 * RIGHT − SHIFT instead of the three weights. The move with the highest score stays the highest (ties
 * included) when every row loses the same amount from its three weights, so scoring SHIFT as 0 and the
 * others by the summed differences picks the moves of the three-weight table, exactly (sums of
 * integers). A row is 4 bytes instead of 6: the table is 4.2 MB instead of 6.3 MB, and the parser is
 * bound by its random reads of this table (reads made to hit cache ran 1.4 times as fast). A difference
 * can need 17 bits: those few buckets (under ten in a million) are marked `WIDE` and kept aside.
 */
export class MoveDifferences {
  readonly rows: Int16Array;
  readonly wide = new Map<number, readonly [number, number]>();

  constructor(moves: LinearModel) {
    const w = moves.weights;
    if (!(w instanceof Int16Array) || moves.classes !== TRANSITIONS) throw new Error('move differences need a quantised three-move table');
    const buckets = moves.mask + 1;
    const made = madeBefore.get(w);
    if (made !== undefined && made.length === buckets * 2) {
      this.rows = made;
      for (let b = 0; b < buckets; b++) if (made[2 * b] === WIDE) this.wide.set(b, [w[3 * b + 1] - w[3 * b], w[3 * b + 2] - w[3 * b]]);
      return;
    }
    this.rows = new Int16Array(buckets * 2);
    for (let b = 0; b < buckets; b++) {
      const left = w[3 * b + 1] - w[3 * b], right = w[3 * b + 2] - w[3 * b];
      if (fits(left) && fits(right)) { this.rows[2 * b] = left; this.rows[2 * b + 1] = right; continue; }
      this.rows[2 * b] = WIDE;
      this.wide.set(b, [left, right]);
    }
  }
}

// rows made once for a move table and shared between threads (model-codec.ts `readModelParts`)
const madeBefore = new WeakMap<Int16Array, Int16Array>();

/** The move differences of `weights` are `rows` (made by this class from the same table, in another thread). */
export function useMoveDifferences(weights: Int16Array, rows: Int16Array): void {
  madeBefore.set(weights, rows);
}

const fits = (d: number) => d > WIDE && d <= 32767;
