import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { analyze, normalizeWithMap } from '../../src/nlp/index.ts';
import { findPlaces } from '../../src/resolve/places.ts';

// Class: a name that is a country and another country's division ("Georgia": the country and the US state; "Niger":
// the country and Nigeria's Niger State) is the division when a city of the story lies in it, and cities weigh that
// division's country (src/resolve/places.ts).
const kb = loadKnowledge();
const placesOf = (text: string) => findPlaces(analyze(text), normalizeWithMap(text), kb).map((p) => `${p.text}|${p.place.country}|${p.place.precision}`);

const CASES: Array<[string, string[]]> = [
  ['Police arrested 30 protesters in Georgia on Saturday after a rally at the state capitol in Atlanta.', ['Georgia|USA|region', 'Atlanta|USA|city']],
  ['Storms hit Georgia on Tuesday, cutting power to thousands in Savannah and Macon.', ['Georgia|USA|region']],
  ['Bandits raided villages in Niger on Sunday, and gunmen attacked a market in Minna the next day.', ['Niger|NGA|region', 'Minna|NGA|city']],
];
for (const [text, expected] of CASES) {
  test(`country or division: "${text.slice(0, 45)}"`, { timeout: 120_000 }, () => {
    const places = placesOf(text);
    for (const e of expected) assert.ok(places.includes(e), `${e} not in ${JSON.stringify(places)}`);
  });
}

// Negatives: with no city of the division, or a city of the country, the country stays.
const KEPT: Array<[string, string]> = [
  ['Russian aircraft bombed villages in Georgia in 2008, the report said.', 'Georgia|GEO|country'],
  ['Protesters rallied in Tbilisi, the capital of Georgia, on Sunday.', 'Georgia|GEO|country'],
  ['Jihadists attacked an army post in western Niger, near Tillaberi, on Monday.', 'Niger|NER|country'],
];
for (const [text, expected] of KEPT) {
  test(`country or division: the country stays in "${text.slice(0, 45)}"`, { timeout: 120_000 }, () => {
    const places = placesOf(text);
    assert.ok(places.includes(expected), JSON.stringify(places));
  });
}
