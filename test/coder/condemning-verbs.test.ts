import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// A speaker who says an act violated a law, a truce or a country's sovereignty condemns it: the speaker's ACCUSE
// (data/lexicon/condemnation-words.tsv `condemning-verb`, src/core/speech-acts.ts), as "the strike was a war crime"
// is. The outlet's own "the strikes violated" is no accusation. Sentences written for this file.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-13', title: null });
const brief = (e: Event) => `${e.type} ${e.actor?.text ?? null} > ${e.target?.text ?? null}`;

const CASES: Array<[string, string[]]> = [
  ["Russia said the strikes violated Syria's sovereignty.", ['ACCUSE Russia > null']],
  ['China said the sanctions violated international law.', ['ACCUSE China > null']],
  ['Egypt said the raid breached the truce agreement.', ['ACCUSE Egypt > null']],
  ['The foreign ministry said the blockade flouted international humanitarian law.', ['ACCUSE foreign ministry > null']],
  // no speaker, or no condemning verb
  ["The strikes violated Syria's sovereignty.", []],
  ['Russia said the strikes killed 12 civilians.', ['ASSAULT null > civilians']],
];
for (const [text, expected] of CASES) {
  test(`a reported violation is the speaker's accusation: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(code(text).map(brief), expected);
  });
}
