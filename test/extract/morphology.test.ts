import assert from 'node:assert/strict';
import { test } from 'node:test';
import { baseForms, computeBaseForms } from '../../src/extract/morphology.ts';
import type { Token } from '../../src/nlp/types.ts';

const token = (text: string, lemma: string, pos = 'VERB'): Token => ({ index: 0, text, lower: text.toLowerCase(), lemma, pos, start: 0, end: text.length, sentence: 0 });

// [word, lemmatiser's answer, a base form it must also have]
const ROWS: ReadonlyArray<readonly [string, string, string]> = [
  ['staged', 'stag', 'stage'],
  ['stopped', 'stopped', 'stop'],
  ['abducted', 'abducted', 'abduct'],
  ['carries', 'carries', 'carry'],
  ['Strikes', 'strikes', 'strike'],
  ['shelling', 'shelling', 'shell'],
];

test('baseForms adds the base forms the lemmatiser missed', () => {
  for (const [word, lemma, base] of ROWS) assert.ok(baseForms(token(word, lemma)).includes(base), word);
});

// The answer is cached per (word, lemma) and shared between tokens: it must be the fresh computation
// whatever was asked before, also when one word comes with two lemmas ("left" as leave and as left).
test('the cached forms equal the forms worked out afresh, for every lemma a word comes with', () => {
  const tokens = [
    token('left', 'leave'), token('left', 'left', 'ADJ'), token('Left', 'leave'), token('left', 'left', 'ADJ'),
    token('fighting', 'fight'), token('fighting', 'fighting', 'NOUN'), token('Fighting', 'fight'),
    token('attacks', 'attack', 'NOUN'), token('attacks', 'attack'), token('ties', 'tie'), token('ties', 'ty'),
    ...ROWS.map(([word, lemma]) => token(word, lemma)),
  ];
  for (let round = 0; round < 3; round++) {
    for (const t of tokens) assert.deepEqual(baseForms(t), computeBaseForms(t), `${t.text}/${t.lemma}`);
  }
  assert.notDeepEqual(baseForms(token('left', 'leave')), baseForms(token('left', 'left', 'ADJ')));
});
