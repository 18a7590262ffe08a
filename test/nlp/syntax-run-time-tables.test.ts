import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FeatureTemplates } from '../../src/nlp/syntax/hash.ts';
import { MoveDifferences, WIDE } from '../../src/nlp/syntax/move-differences.ts';
import { compileMoveSums } from '../../src/nlp/syntax/move-sums.ts';
import { PARSER_TEMPLATES } from '../../src/nlp/syntax/parser-features.ts';
import { LinearModel } from '../../src/nlp/syntax/perceptron.ts';

// The run-time tables made at load time from a model's 16-bit weights must choose what the weights
// choose. Small hand-made tables: each row is a case the conversion must get right.

test('move differences: LEFT − SHIFT and RIGHT − SHIFT per bucket, 17-bit ones kept aside', () => {
  const rows = [
    [0, 0, 0], // an unused bucket
    [120, -40, 7], // small weights
    [-32768, 32767, 0], // LEFT − SHIFT = 65535: does not fit 16 bits
    [30000, -30000, 29999], // LEFT − SHIFT = −60000
    [-5, -5, -5], // a row that moves no score
  ];
  const weights = new Int16Array(8 * 3);
  rows.forEach((r, b) => weights.set(r, 3 * b));
  const table = new MoveDifferences(new LinearModel(3, 3, weights));
  assert.deepEqual([...table.rows.subarray(0, 4)], [0, 0, -160, -113]);
  assert.equal(table.rows[4], WIDE);
  assert.deepEqual(table.wide.get(2), [65535, 32768]);
  assert.deepEqual(table.wide.get(3), [-60000, -1]);
  assert.deepEqual([...table.rows.subarray(8, 10)], [0, 0]);
  assert.equal(table.wide.size, 2);
});

test('move differences keep the argmax of every sum of rows, ties included', () => {
  // Random 16-bit rows; every sum of a few of them ranks the three moves as the full weights do.
  let seed = 7;
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % 65536 - 32768;
  const weights = new Int16Array(64 * 3);
  for (let i = 0; i < weights.length; i++) weights[i] = i % 7 === 0 ? 0 : next();
  weights.set([100, 100, 100], 3 * 5); // a tie
  const table = new MoveDifferences(new LinearModel(6, 3, weights));
  const argmax = (s: number[]) => s.reduce((best, v, m) => (v > s[best] ? m : best), 0);
  for (let trial = 0; trial < 2000; trial++) {
    const buckets = Array.from({ length: 1 + (trial % 9) }, (_, i) => (i === 0 && trial % 5 === 0 ? 5 : Math.abs(next()) % 64));
    const full = [0, 0, 0], diff = [0, 0, 0];
    for (const b of buckets) {
      for (let m = 0; m < 3; m++) full[m] += weights[3 * b + m];
      const wide = table.wide.get(b);
      diff[1] += wide ? wide[0] : table.rows[2 * b];
      diff[2] += wide ? wide[1] : table.rows[2 * b + 1];
    }
    assert.equal(argmax(diff), argmax(full), `buckets ${buckets.join(',')}`);
  }
});

test('a table of other than three moves, or of float weights, is refused', () => {
  assert.throws(() => new MoveDifferences(new LinearModel(3, 4, new Int16Array(32))), /three-move/);
  assert.throws(() => new MoveDifferences(new LinearModel(3, 3)), /quantised/);
});

test('compiled move sums: the rows of the hashed buckets, or a flag when one of them is wide', () => {
  // 16 buckets, two of them wide, under the 99 parser templates: most configurations hit a wide one.
  let seed = 11;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) | 0);
  const weights = new Int16Array(16 * 3);
  for (let i = 0; i < weights.length; i++) weights[i] = (next() >> 20) % 2000;
  weights.set([-32768, 32767, 0], 3 * 4);
  weights.set([30000, -30000, 0], 3 * 9);
  const table = new MoveDifferences(new LinearModel(4, 3, weights));
  const few = new FeatureTemplates(PARSER_TEMPLATES.rows.slice(0, 3)); // 3 buckets: some configurations miss both wide ones
  let flagged = 0, summed = 0;
  for (const templates of [PARSER_TEMPLATES, few]) {
    const sums = compileMoveSums(templates);
    const atoms = new Int32Array(61), buckets = new Int32Array(templates.count), out = new Int32Array(4);
    for (let trial = 0; trial < 300; trial++) {
      for (let i = 1; i < atoms.length; i++) atoms[i] = next();
      templates.hash(atoms, 15, buckets, 0);
      const wide = buckets.some((b) => b === 4 || b === 9);
      assert.equal(sums(atoms, 15, table.rows, out, 2), wide ? 1 : 0);
      if (wide) { flagged++; continue; }
      summed++;
      let left = 0, right = 0;
      for (const b of buckets) { left += weights[3 * b + 1] - weights[3 * b]; right += weights[3 * b + 2] - weights[3 * b]; }
      assert.deepEqual([out[2], out[3]], [left, right]);
    }
  }
  assert.ok(flagged > 0 && summed > 0);
});
