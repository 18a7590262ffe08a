import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { analyze, normalizeWithMap } from '../../src/nlp/index.ts';
import { findActorPhrases } from '../../src/resolve/actor-phrases.ts';
import { findPlaces } from '../../src/resolve/places.ts';
import { datelineSpan } from '../../src/resolve/dateline.ts';

// Place resolution, as the coder runs it: the actor phrases give the weak actor countries and the demonyms.
const kb = loadKnowledge();
const places = (text: string) => {
  const doc = analyze(text);
  const normalized = normalizeWithMap(text);
  const actors = findActorPhrases(doc, normalized, kb, '2024-01-01');
  const countries = actors.flatMap((p) => (p.entry?.country && p.entry.kind !== 'metonym' ? [p.entry.country] : []));
  return findPlaces(doc, normalized, kb, countries, actors.filter((p) => p.entry?.demonym));
};
const where = (text: string, name: string) => places(text).find((p) => p.text === name)?.place.country;

// [class, sentence, name, expected country (null: kept by name, unresolved)]
const CITIES: Array<[string, string, string, string | null]> = [
  // a country named as an actor does not pull a city abroad: the large city wins
  ['actor country is a weak hint', 'U.S. officials said protesters gathered in Cairo on Friday.', 'Cairo', 'EGY'],
  ['actor country is a weak hint', 'The United States condemned the arrests in Cairo.', 'Cairo', 'EGY'],
  ['actor country is a weak hint', 'Washington urged restraint after clashes in Paris.', 'Paris', 'FRA'],
  // where the story places its events decides
  ['story places decide', 'Voters in Texas, including in Paris, went to the polls.', 'Paris', 'USA'],
  ['story places decide', 'Clashes in Lebanon reached Tripoli overnight.', 'Tripoli', 'LBN'],
  ['actor demonym decides between near equals', 'Lebanese troops deployed in Tripoli.', 'Tripoli', 'LBN'],
  // distance to the story's other places
  ['distance to other places', 'Troops moved north from Beirut and Byblos to Tripoli.', 'Tripoli', 'LBN'],
  ['distance to other places', 'Fighters left Misrata and advanced on Tripoli.', 'Tripoli', 'LBY'],
  // a one-reading name far from everything the story names is kept by name only
  ['far lone reading', 'Militants attacked a convoy near Mogadishu and later stormed the town of Elbe.', 'Elbe', null],
  ['far lone reading', 'Taliban fighters overran a checkpoint in Ghazni and then struck in Ghanzi.', 'Ghanzi', null],
  ['far lone reading', 'Rebels fought in North Kivu while the army regrouped in Elbe.', 'Elbe', null],
];

for (const [name, text, city, expected] of CITIES) {
  test(`places: ${name} — ${city} in "${text}"`, () => {
    assert.equal(where(text, city), expected);
  });
}

// [class, sentence, names that are places]
const MENTIONS: Array<[string, string, string[]]> = [
  // a word that names a people is no place, whatever region shares its name
  ['demonym is no place', 'Somali troops and Kenyan police met in Kismayo.', ['Kismayo']],
  ['demonym is no place', 'A Somali official said the road to Baidoa was closed.', ['Baidoa']],
  ['demonym is no place', 'Somali forces retook the town.', []],
  // a name after a place noun and a comma is that place
  ['place-noun apposition', 'Police fired tear gas in the capital, Nairobi, on Monday.', ['Nairobi']],
  ['place-noun apposition', "Crowds filled the streets of Kenya's capital, Nairobi.", ['Kenya', 'Nairobi']],
  ['place-noun apposition', 'Two blasts hit the southern city, Basra, overnight.', ['Basra']],
  // names listed after a place take its preposition
  ['listed after a place', 'Stocks fell in London, Frankfurt and Paris.', ['London', 'Frankfurt', 'Paris']],
  ['listed after a place', 'Rallies were held in Kenya, Mombasa and Kisumu.', ['Kenya', 'Mombasa', 'Kisumu']],
  ['listed after a place', 'Strikes hit targets near Kharkiv and Sumy.', ['Kharkiv', 'Sumy']],
  // hyphenated names are one name
  ['hyphenated name', 'Thousands marched in Port-au-Prince.', ['Port-au-Prince']],
  ['hyphenated name', 'Police patrolled Port-au-Prince on Sunday.', ['Port-au-Prince']],
  ['hyphenated name', 'Gunmen attacked a market near Port-au-Prince and fled.', ['Port-au-Prince']],
  // a capitalised subject is a city only when it is a city: "Hamas said" is no town in Germany
  ['subject is no anchor', 'Hamas said it had fired rockets at Tel Aviv.', ['Tel Aviv']],
];

for (const [name, text, expected] of MENTIONS) {
  test(`places: ${name} — "${text}"`, () => {
    assert.deepEqual(places(text).map((p) => p.text), expected);
  });
}

test('places: a capital named after a place noun is a place, not an actor', () => {
  const doc = analyze('Thousands took to the streets in the capital, Nairobi.');
  const nairobi = findActorPhrases(doc, normalizeWithMap(doc.text), kb, '2024-01-01').find((p) => p.text === 'Nairobi');
  assert.equal(nairobi?.locative, true);
});

// [dateline text, expected span end or null]
const DATELINES: Array<[string, number | null]> = [
  ['WASHINGTON / NAIROBI - Crowds filled the streets', 23],
  ['KABUL, Afghanistan (VOA) — A car bomb exploded', 27],
  ['A headline\nMOSCOW - Police detained dozens', 20],
  ['KYIV, Dec 1 (Reuters) - Russian forces launched', 24],
  ['GENEVA, June 3, 2024 (AFP) - Iran and the powers met', 29],
  ['KHARTOUM, Sudan, Sept. 14 (Reuters) - The army shelled', 38],
  ['Iran - the country said', null],
  ['May 3 - the day the talks began', null],
  ['US - China trade talks', null],
];

for (const [text, end] of DATELINES) {
  test(`dateline: ${JSON.stringify(text)}`, () => {
    assert.equal(datelineSpan(text)?.end ?? null, end);
  });
}

test('dateline: a city in the dateline is no participant', () => {
  const text = 'WASHINGTON - Thousands rallied in Nairobi on Friday.';
  const washington = findActorPhrases(analyze(text), normalizeWithMap(text), kb, '2024-01-01').find((p) => p.text === 'WASHINGTON');
  assert.equal(washington?.locative, true);
});
