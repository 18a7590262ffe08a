import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isProjective, liftToProjective } from '../../src/nlp/syntax/projective.ts';

// Heads as in CoNLL-U, 0-based, -1 for the root. Each tree has one crossing arc, and lifting must hang
// that dependent on its head's head while leaving every other arc as it was.
const CROSSING: readonly { words: string; heads: number[]; lifted: number[] }[] = [
  // "on the issue" modifies "hearing" across the verb (nmod → lifted to "scheduled")
  { words: 'A hearing is scheduled on the issue today .', heads: [1, 3, 3, -1, 6, 6, 1, 3, 3], lifted: [1, 3, 3, -1, 6, 6, 3, 3, 3] },
  // a fronted object of the embedded verb ("What" → "wanted", lifted to "say")
  { words: 'What did you say he wanted ?', heads: [5, 3, 3, -1, 5, 3, 3], lifted: [3, 3, 3, -1, 5, 3, 3] },
  // an extraposed relative clause ("who was tall" → "man" across "yesterday", lifted to "saw")
  { words: 'I saw a man yesterday who was tall .', heads: [1, -1, 3, 1, 1, 7, 7, 3, 1], lifted: [1, -1, 3, 1, 1, 7, 7, 1, 1] },
];

test('lifting makes a crossing tree projective by moving only the crossing dependent up', () => {
  for (const { words, heads, lifted } of CROSSING) {
    const tree = Int32Array.from(heads);
    assert.equal(isProjective(tree), false, words);
    const result = liftToProjective(tree);
    assert.deepEqual(result && [...result], lifted, words);
    assert.ok(isProjective(result!), words);
    assert.deepEqual([...tree], heads, `${words}: the input is not modified`);
  }
});

test('a projective tree is returned unchanged; a lift that would add a second root word is refused', () => {
  const projective = Int32Array.from([1, -1, 3, 1, 1]); // "I saw the man ."
  assert.deepEqual([...liftToProjective(projective)!], [...projective]);
  // word 0 hangs on word 2 across word 1, which is itself a root word: its only lift is to the root
  assert.equal(liftToProjective(Int32Array.from([2, -1, -1])), null);
});
