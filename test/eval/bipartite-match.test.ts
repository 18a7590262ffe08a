import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maxMatching, type Candidate } from '../../src/eval/index.ts';

const c = (left: number, right: number, ...cost: number[]): Candidate => ({ left, right, cost });

// [label, nLeft, nRight, candidates, expected pairs]
const ROWS: ReadonlyArray<readonly [string, number, number, readonly Candidate[], readonly (readonly [number, number])[]]> = [
  ['empty', 0, 0, [], []],
  ['no candidates', 2, 2, [], []],
  ['one extracted, one gold', 1, 1, [c(0, 0, 0)], [[0, 0]]],
  ['one-to-one: two left on one right', 2, 1, [c(0, 0, 0), c(1, 0, 1)], [[0, 0]]],
  // A greedy pass taking the cheapest pair (0,0) first would leave left 1 unmatched.
  ['cardinality beats cost', 2, 2, [c(0, 0, 0), c(0, 1, 5), c(1, 0, 5)], [[0, 1], [1, 0]]],
  ['cheaper of two equal-size assignments', 2, 2,
    [c(0, 0, 3), c(0, 1, 1), c(1, 0, 1), c(1, 1, 3)], [[0, 1], [1, 0]]],
  ['lexicographic: first element decides', 2, 2,
    [c(0, 0, 0, 100), c(0, 1, 1, 0), c(1, 0, 1, 0), c(1, 1, 0, 100)], [[0, 0], [1, 1]]],
  ['lexicographic: later element breaks a tie', 2, 2,
    [c(0, 0, 0, 5), c(0, 1, 0, 1), c(1, 0, 0, 1), c(1, 1, 0, 5)], [[0, 1], [1, 0]]],
  ['chain needing augmenting path', 3, 3,
    [c(0, 0, 0), c(1, 0, 0), c(1, 1, 0), c(2, 1, 0), c(2, 2, 0)], [[0, 0], [1, 1], [2, 2]]],
];

for (const [label, nLeft, nRight, candidates, expected] of ROWS) {
  test(`maxMatching: ${label}`, () => {
    assert.deepEqual(maxMatching(nLeft, nRight, candidates), expected);
  });
}
