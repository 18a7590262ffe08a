import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { analyze, normalizeWithMap } from '../../src/nlp/index.ts';
import { findActorPhrases } from '../../src/resolve/actor-phrases.ts';
import { balancedEnd } from '../../src/resolve/balanced-span.ts';

// A name's span never opens a parenthesis it does not close (src/resolve/balanced-span.ts): an alias with
// its acronym in parentheses, matched on folded text, takes the ")" back. Sentences written for this test.
const kb = loadKnowledge();
const phrases = (text: string) => findActorPhrases(analyze(text), normalizeWithMap(text), kb, '2024-05-10').map((p) => p.text);

const SENTENCES: Array<[string, string]> = [
  ['The Rapid Support Forces (RSF) shelled a market in Omdurman on Monday.', 'Rapid Support Forces (RSF)'],
  ['Talks between the army and the Rapid Support Forces (RSF) resumed in Jeddah.', 'Rapid Support Forces (RSF)'],
  ['Fighters of the Southern Transitional Council (STC) seized the port on Friday.', 'Southern Transitional Council (STC)'],
];

for (const [text, name] of SENTENCES) {
  test(`an acronym in parentheses closes inside the name — "${text}"`, () => {
    const found = phrases(text);
    assert.ok(found.includes(name), found.join(' | '));
    for (const p of found) assert.equal((p.match(/\(/g) ?? []).length, (p.match(/\)/g) ?? []).length, p);
  });
}

// [text, start, end, expected end]
const SPANS: Array<[string, number, number, number]> = [
  ['the Foo Front (FF) said', 4, 17, 18], // ")" follows: taken
  ['the Foo Front (FF said', 4, 17, 13], // no ")": the span ends before the "("
  ['the Foo Front (FF) said', 4, 18, 18], // balanced already
  ['the Foo Front said', 4, 13, 13], // no parenthesis
];
for (const [text, start, end, expected] of SPANS) {
  test(`balancedEnd "${text.slice(start, end)}" → "${text.slice(start, expected)}"`, () => {
    assert.equal(balancedEnd(text, start, end), expected);
  });
}
