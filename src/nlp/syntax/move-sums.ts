import { type FeatureTemplates, bucketCode } from './hash.ts';
import { WIDE } from './move-differences.ts';

/**
 * Sums the move-difference rows (move-differences.ts) of a template set's buckets for one configuration:
 * out[at] = the LEFT − SHIFT sum, out[at + 1] = RIGHT − SHIFT. Returns 1 when a bucket was `WIDE` (its
 * sums are then wrong: the caller sums that configuration the long way), else 0.
 */
export type MoveSums = (atoms: Int32Array, mask: number, rows: Int16Array, out: Int32Array, at: number) => number;

/**
 * The template set's hashing (hash.ts `bucketCode`) and its row reads in one straight line: each row is
 * fetched as soon as its bucket is known, so the waits for the move table (the parser's main cost) overlap
 * the hashing of the templates after it, where hashing every template first left the loads to wait at the
 * end. The same sums as hashing then reading (integers, in any order).
 */
export function compileMoveSums(templates: FeatureTemplates): MoveSums {
  const lines = bucketCode(templates.seeds, templates.slots).map((code) => `${code} h <<= 1; d = rows[h]; if (d === ${WIDE}) wide = 1; l += d; r += rows[h + 1];`);
  const body = `let h = 0, d = 0, l = 0, r = 0, wide = 0;\n${lines.join('\n')}\nout[at] = l; out[at + 1] = r; return wide;`;
  return new Function('a', 'mask', 'rows', 'out', 'at', body) as MoveSums;
}
