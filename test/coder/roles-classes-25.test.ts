import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coderPublishedOn, find, T } from './class-fixture.ts';

// Session 25's role classes (who did it to whom), each on sentences written for this file, with negatives that must not change.
const code = coderPublishedOn('2025-06-14');

// A one-word name of a known person ("Hassan", a Jordanian prince in the imported dictionary) after an unknown
// capitalised given name is someone else's family name (resolve/name-particle.ts): the title before the name says who
// the person is. A title, an honorific (data/lexicon/honorifics.tsv) or a word of the known person's own name keeps him.
const FAMILY_NAMES: Array<[string, string, string, string]> = [
  // [text, trigger, actor text, actor code]
  ['Somali Defence Minister Abdi Nur Hassan met Turkish officials in Mogadishu on Monday.', 'met', 'Somali Defence Minister Abdi Nur Hassan', 'SOMGOV'],
  ['Sudanese army chief Ali Hassan criticized the paramilitary leaders on Monday.', 'criticized', 'Sudanese army chief Ali Hassan', 'SDNMIL'],
  ['Iraqi Foreign Minister Omar Hassan met Kuwaiti officials in Baghdad on Sunday.', 'met', 'Iraqi Foreign Minister Omar Hassan', 'IRQGOV'],
];
for (const [text, trigger, actor, actorCode] of FAMILY_NAMES) {
  test(`a known one-word name after an unknown given name is another person's: ${text}`, T, () => {
    const e = find(code(text), trigger);
    assert.equal(e.actor?.text, actor);
    assert.equal(e.actor?.code, actorCode);
  });
}
const KEPT_NAMES: Array<[string, string, string]> = [
  ['Crown Prince Hassan met Turkish officials in Amman on Monday.', 'met', 'JORELI'],
  ['Prince Hassan met Turkish officials in Amman on Monday.', 'met', 'JORELI'],
  ['Tayyip Erdogan met Greek officials in Ankara on Monday.', 'met', 'TURGOV'],
  ['Recep Tayyip Erdogan met Greek officials in Ankara on Monday.', 'met', 'TURGOV'],
];
for (const [text, trigger, actorCode] of KEPT_NAMES) {
  test(`a title, honorific or the person's own given name keeps the known person: ${text}`, T, () => {
    assert.equal(find(code(text), trigger).actor?.code, actorCode);
  });
}
