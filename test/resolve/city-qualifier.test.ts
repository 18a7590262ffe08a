import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { analyze, normalizeWithMap } from '../../src/nlp/index.ts';
import { findPlaces } from '../../src/resolve/places.ts';

// Class: "CITY, DIVISION" and "CITY, COUNTRY": the name after the comma says which city of that name is meant, and is
// no second place (src/resolve/city-qualifier.ts).
const kb = loadKnowledge();
const placesOf = (text: string) => findPlaces(analyze(text), normalizeWithMap(text), kb).map((p) => `${p.text}|${p.place.country}|${p.place.precision}`);

const CASES: Array<[string, string]> = [
  ['Gunmen attacked a church in Alexandria, Virginia, on Sunday.', 'Alexandria|USA|city'],
  ['Police in Hyderabad, Sindh, arrested 12 people on Monday.', 'Hyderabad|PAK|city'],
  ['Hundreds marched in Valencia, Venezuela, on Saturday.', 'Valencia|VEN|city'],
  ['Protesters blocked roads in Cordoba, Spain, on Thursday.', 'Cordoba|ESP|city'],
  ['A tornado hit Birmingham, Alabama, overnight.', 'Birmingham|USA|city'],
];
for (const [text, expected] of CASES) {
  test(`city qualifier: "${text.slice(0, 45)}" → ${expected}`, { timeout: 120_000 }, () => {
    const places = placesOf(text);
    assert.ok(places.includes(expected), JSON.stringify(places));
    // the qualifier is not read as a second city
    assert.equal(places.filter((p) => p.endsWith('|city')).length, 1, JSON.stringify(places));
  });
}

// Negatives: a list of cities, and a word after the comma that qualifies nothing, leave the readings as they were.
test('city qualifier: "in London, Paris and Berlin" are three cities', { timeout: 120_000 }, () => {
  const places = placesOf('Protests were held in London, Paris and Berlin on Saturday.');
  for (const p of ['London|GBR|city', 'Paris|FRA|city', 'Berlin|DEU|city']) assert.ok(places.includes(p), JSON.stringify(places));
});
test('city qualifier: "in Tripoli, witnesses said" keeps the story\'s Tripoli', { timeout: 120_000 }, () => {
  assert.ok(placesOf('Libyan militias clashed in Tripoli, witnesses said.').includes('Tripoli|LBY|city'));
});
