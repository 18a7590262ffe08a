import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sortInPlace } from '../../src/extract/small-sort.ts';

// The trigger matcher's sorts must give the order Array.prototype.sort gives (both stable), short arrays or long.
test('sortInPlace orders as the built-in stable sort, ties kept in input order', { timeout: 60_000 }, () => {
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let round = 0; round < 2000; round++) {
    const length = Math.floor(next() * 40);
    const items = Array.from({ length }, (_, id) => ({ id, key: Math.floor(next() * 5), other: Math.floor(next() * 3) }));
    const compare = (a: typeof items[number], b: typeof items[number]) => a.key - b.key || b.other - a.other;
    const expected = items.slice().sort(compare).map((x) => x.id);
    const copy = items.slice();
    assert.equal(sortInPlace(copy, compare), copy);
    assert.deepEqual(copy.map((x) => x.id), expected);
  }
});
