import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// "along the Dnipro River": a name whose own last word is a place noun that follows names ("River", "District") is
// that place, not the city that shares its first word (src/resolve/named-places.ts; data/lexicon/place-nouns.tsv).
// Sentences written for this file.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });
const T = { timeout: 60_000 };

const CASES: Array<[string, string, string]> = [
  ['Russian forces shelled villages along the Dnipro River on Monday, killing three civilians.', 'shelled', 'Dnipro River'],
  // (a river of data/places/rivers.tsv is named as the gazetteer names it)
  ['Sudanese troops clashed with rebels near the Blue Nile River on Friday.', 'clashed', 'Blue Nile'],
  ['Gunmen killed 11 fishermen on the Benue River on Saturday, police said.', 'killed', 'Benue River'],
  // negatives: the city itself, and a lower-case noun after a name
  ['Russian missiles struck the city of Dnipro on Monday, killing three civilians.', 'struck', 'Dnipro'],
  ['Gunmen killed six villagers in Kaduna state\'s Kauru district on Saturday, police said.', 'killed', 'Kauru'],
];
for (const [text, trigger, place] of CASES) {
  test(`${place}: ${text}`, T, () => {
    const act = code(text).find((e) => e.trigger.text.startsWith(trigger));
    assert.ok(act, `an event on "${trigger}"`);
    assert.equal(act.location?.name, place);
  });
}
