import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { analyze, normalizeWithMap } from '../../src/nlp/index.ts';
import { findPlaces } from '../../src/resolve/places.ts';

// place:named-division: a name no gazetteer knows that the text calls a district or a province is a place by its
// name (no coordinates), and so is each later bare mention of the same name.
const kb = loadKnowledge();
const divisions = (text: string) => {
  const doc = analyze(text);
  return findPlaces(doc, normalizeWithMap(text), kb).filter((p) => p.rule === 'place:named-division').map((p) => `${p.text}|${p.place.precision}|${p.locative}`);
};

const CASES: Array<[string, string, string[]]> = [
  ['before "district", then bare', 'Militants stormed the Zorbak Tala district center overnight. Troops later retook Zorbak Tala.', ['Zorbak Tala|region|false', 'Zorbak Tala|region|false']],
  ['hyphenated name before "district"', 'Insurgents overran two outposts in the Qarabel-e-Sufla district on Monday.', ['Qarabel-e-Sufla|region|true']],
  ['after "across" before "province", then after "in"', 'Fighting spread across Warmaki province. Aid groups said 40 families fled in Warmaki.', ['Warmaki|region|true', 'Warmaki|region|true']],
  // a name the gazetteer knows stays the gazetteer's; a name no division noun follows is no place
  ['a known province', 'Fighting spread across Helmand province on Sunday.', []],
  ['no division noun', 'Zorbak Tala said the talks would resume.', []],
];

for (const [name, text, expected] of CASES) {
  test(`named division: ${name} — "${text}"`, () => {
    assert.deepEqual(divisions(text), expected);
  });
}
