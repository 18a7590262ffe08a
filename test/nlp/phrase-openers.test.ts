import assert from 'node:assert/strict';
import { test } from 'node:test';
import { phraseOpeners } from '../../src/nlp/phrase-openers.ts';

// A reader asks a table for `${word} ${next}` only after a word the table's phrases open with; so the openers must
// hold every prefix of a key that ends before a space, and nothing a one-word key or a whole key adds.
const T = { timeout: 10_000 };

test('every word sequence before a space of a key opens it; one-word keys open nothing', T, () => {
  const table = new Set(['aide to', 'close to the', 'envoy']);
  assert.deepEqual([...phraseOpeners(table)].sort(), ['aide', 'close', 'close to']);
});

test('a map is read by its keys, and the openers are made once per table', T, () => {
  const rows = new Map([['stoppage time', 'sport'], ['penalty shootout', 'sport'], ['goal', 'sport']]);
  const first = phraseOpeners(rows);
  assert.deepEqual([...first].sort(), ['penalty', 'stoppage']);
  assert.equal(phraseOpeners(rows), first);
  assert.equal(phraseOpeners(new Map()).size, 0);
});
