import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coderPublishedOn, find, T } from './class-fixture.ts';

// Place classes of session 22, on sentences written for this file, with negatives that must not change.
const code = coderPublishedOn('2026-12-03');

// An act at sea (core/sea-acts.ts, data/lexicon/sea-nouns.tsv): a force of the sea acting ("coast guard", "navy") or a
// vessel acted on ("a fishing boat", "a tanker") is where the boat was; the acting state's country is no place of it,
// however its capital names the force ("Beijing's coast guard")
const AT_SEA: Array<[string, string, string]> = [
  // [text, trigger, the acting state's country that is no place]
  ["Beijing's coast guard fired water cannon at a Philippine vessel on Monday, Manila said.", 'fired', 'CHN'],
  ["China's coast guard detained the crew of a Vietnamese fishing boat on Wednesday.", 'detained', 'CHN'],
  ['The Sri Lankan navy arrested 22 Indian fishermen on Friday.', 'arrested', 'LKA'],
  ['The Indian navy detained 14 Sri Lankan fishermen on Tuesday.', 'detained', 'IND'],
];
for (const [text, trigger, country] of AT_SEA) {
  test(`an act at sea is not at the acting state's home: ${text}`, T, () => assert.notEqual(find(code(text), trigger).location?.country, country));
}
const ASHORE: Array<[string, string, string]> = [
  // police acting with no vessel stay at home; a stated place stays
  ['Sri Lankan police arrested 22 fishermen on Friday.', 'arrested', 'LKA'],
  ['Egyptian police arrested six activists on Monday.', 'arrested', 'EGY'],
  ['Police in Tehran arrested the captain of a tanker on Monday.', 'arrested', 'IRN'],
];
for (const [text, trigger, country] of ASHORE) {
  test(`an act ashore keeps its home or stated place: ${text}`, T, () => assert.equal(find(code(text), trigger).location?.country, country));
}
