import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// "according to X": the source is X's whole noun phrase, with the determiner and modifiers before the name
// (src/provenance/according-to.ts): "the semi-official Tasnim news agency" was "official Tasnim news agency" and
// "the state-run IRNA news agency" was "the state". A phrase after a preposition keeps to itself. Sentences written for this file.
const coder = createCoder(loadKnowledge());
const sourceOf = (text: string) => coder.code({ id: 'x', text, published: '2024-05-13', title: null }).map((e) => {
  const s = e.provenance.source;
  return typeof s === 'string' ? s : s?.text ?? null;
});

const CASES: Array<[string, string]> = [
  ['Security forces arrested a French national, according to the semi-official Tasnim news agency.', 'the semi-official Tasnim news agency'],
  ['Police detained two activists, according to the state-run IRNA news agency.', 'the state-run IRNA news agency'],
  ['Troops detained three journalists, according to the Moscow-based Interfax news agency.', 'the Moscow-based Interfax news agency'],
  // unchanged: the name first, or after a preposition
  ['Troops killed five militants, according to Syrian state media.', 'Syrian state media'],
  ['Troops killed five militants, according to a statement from the army.', 'army'],
];
for (const [text, expected] of CASES) {
  test(`according to: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(sourceOf(text), [expected]);
  });
}
