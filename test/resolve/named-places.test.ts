import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { analyze, normalizeWithMap } from '../../src/nlp/index.ts';
import { findPlaces } from '../../src/resolve/places.ts';
import { createCoder } from '../../src/core/index.ts';

// Class: a name no gazetteer knows that the text itself calls a settlement, a camp or a district — "X village",
// "the X refugee camp", "the town of X" — is a place as precise as the noun says (data/lexicon/place-nouns.tsv),
// in the country of its sentence's other places; its later bare mentions are that place, and an event there is
// placed in it rather than in the region or country around it. An apposition or a copula may say it too ("X, a small
// village near ...", "X was one of the safest districts"), but not of a compound ("a district governor"). Sentences written here.
const kb = loadKnowledge();
const coder = createCoder(kb);
const named = (text: string) => findPlaces(analyze(text), normalizeWithMap(text), kb)
  .filter((p) => p.rule?.startsWith('place:named-')).map((p) => `${p.text}|${p.place.precision}|${p.place.country ?? '-'}`);

const PLACES: Array<[string, string, string[]]> = [
  ['a name before "village"', 'Militants attacked Dorobai village near Maiduguri on Sunday.', ['Dorobai|city|NGA']],
  ['a name before "town"', 'Rebels seized Kuajok town in South Sudan on Monday.', ['Kuajok|city|SSD']],
  ['a name before "refugee camp"', 'Aid workers reached the Mbera refugee camp in Mauritania on Friday.', ['Mbera|site|MRT']],
  ['"the town of" a two-word name, then bare', 'Gunmen stormed the town of Tal Bisa in Syria. Troops later recaptured Tal Bisa.', ['Tal Bisa|city|SYR', 'Tal Bisa|city|SYR']],
  ['an Arabic article inside the name', 'Rebels held the town of Kafr al-Hamra for a week.', ['Kafr al-Hamra|city|-']],
  // described by an apposition or a copula: "X, a small village near ...", "X was one of the safest districts in ..."
  ['an apposition', 'Fighters attacked Dorobai, a small village near Maiduguri.', ['Dorobai|city|NGA']],
  ['an apposition with a size', 'Soldiers reached Gumsuri, a community of about 300, in Nigeria on Sunday.', ['Gumsuri|city|NGA']],
  ['a copula, country from the article', 'Gunmen attacked a police post in Afghanistan. Sayedabad was one of the quietest districts in the province.', ['Sayedabad|city|AFG']],
  // negatives: a known town stays the gazetteer's; a group or a person after "of" is no place; "Islamic State" is no state
  ['a known town', 'Russian forces shelled the town of Kharkiv on Monday.', []],
  ['the leader of a group', 'Police arrested the leader of Hamas in Gaza on Monday.', []],
  ['a name before "state"', 'Islamic State fighters attacked a checkpoint in Iraq.', []],
  ['a person described by a compound', 'Ahmed Gulzar, a district governor, was killed in Afghanistan.', []],
  ['a person described by a title', 'Mary Osei, a town councillor, said the market reopened.', []],
];
for (const [name, text, expected] of PLACES) {
  test(`named places: ${name} — "${text}"`, { timeout: 120000 }, () => {
    assert.deepEqual(named(text), expected);
  });
}

const EVENTS: Array<[string, string]> = [
  ['Militants attacked Dorobai village near Maiduguri on Sunday, killing nine people.', 'Dorobai'],
  ['Gunmen stormed the town of Tal Bisa in Syria on Monday. Government troops recaptured Tal Bisa on Friday.', 'Tal Bisa'],
  ['Violence flared in Mauritania last week. Gunmen killed four guards at the Dabba refugee camp on Tuesday.', 'Dabba'],
];
for (const [text, place] of EVENTS) {
  test(`named places: the event is placed in the named place — "${text}"`, { timeout: 120000 }, () => {
    const events = coder.code({ id: 'x', text, published: '2024-05-10', title: null });
    assert.ok(events.length > 0, 'an event');
    assert.equal(events[events.length - 1].location?.name, place);
  });
}

test('named places: a group named before "district" is no district', { timeout: 120000 }, () => {
  const events = coder.code({ id: 'x', text: 'The Taliban district chief said fighters attacked a checkpoint in Afghanistan on Monday.', published: '2024-05-10', title: null });
  assert.ok(events.every((e) => e.location?.name !== 'Taliban'));
});
