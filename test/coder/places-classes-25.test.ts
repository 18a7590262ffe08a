import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coderPublishedOn, find, T } from './class-fixture.ts';

// Place and date classes of session 25, on sentences written for this file, with negatives that must not change.
const code = coderPublishedOn('2026-12-04');
const placeOf = (text: string, trigger: string) => {
  const where = find(code(text), trigger).location;
  return where ? [where.name, where.country] : null;
};

// "Town, Country" and "Town in Division" must agree (resolve/city-qualifier.ts): when no town of the name lies in the
// qualifier's country, the name is that country's division of the name, else a place known by name only in that country,
// not the biggest town elsewhere that has the name as its own or as another spelling
const QUALIFIER_WITHOUT_TOWN: Array<[string, string, string, string]> = [
  // [text, trigger, place, country]
  ['Police arrested two men in Victoria, Australia, on suspicion of starting the bushfires.', 'arrested', 'Victoria', 'AUS'],
  ['Militia fighters attacked a camp near Mambasa in Ituri province on Sunday, killing 12 villagers.', 'attacked', 'Mambasa', 'COD'],
  ['Gunmen kidnapped 14 farmers near Kankara, Nigeria, on Tuesday.', 'kidnapped', 'Kankara', 'NGA'],
  ['Soldiers detained three journalists in Victoria, Canada, on Friday.', 'detained', 'Victoria', 'CAN'],
];
for (const [text, trigger, name, country] of QUALIFIER_WITHOUT_TOWN) {
  test(`a qualifier no town of the name agrees with decides the place: ${text}`, T, () => assert.deepEqual(placeOf(text, trigger), [name, country]));
}
// unchanged: a qualifier that agrees with a town; a country after the comma that opens the next clause is no qualifier
const QUALIFIER_NEGATIVES: Array<[string, string, string, string]> = [
  ['Police arrested 20 protesters in Alexandria, Virginia, on Saturday.', 'arrested', 'Alexandria', 'USA'],
  ['Gunmen attacked a church in Kaduna, Nigeria, on Sunday.', 'attacked', 'Kaduna', 'NGA'],
  ['Israeli troops raided a refugee camp in Jenin in the West Bank on Tuesday.', 'raided', 'Janīn', 'PSE'],
  ['In Gaza, Israel said its troops had killed three militants.', 'killed', 'Gaza', 'PSE'],
];
for (const [text, trigger, name, country] of QUALIFIER_NEGATIVES) {
  test(`an agreeing qualifier keeps its town: ${text}`, T, () => assert.deepEqual(placeOf(text, trigger), [name, country]));
}

// A language's name after "in" is the language ("said in English"), no town of its name (English, Indiana) or that
// GeoNames gives it as another spelling ("Hindi" for Mariupol): data/lexicon/languages.tsv, read by resolve/city-names.ts
const LANGUAGE_NAMES: Array<[string, string]> = [
  ['The rebel spokesman said in Hindi that his fighters had attacked an army post near the border.', 'attacked'],
  ['The minister told reporters in English that the army had arrested 30 deserters.', 'arrested'],
  ['The governor addressed the crowd in Welsh before police detained 12 protesters.', 'detained'],
];
for (const [text, trigger] of LANGUAGE_NAMES) {
  test(`a language's name is no town: ${text}`, T, () => assert.equal(placeOf(text, trigger), null));
}
// unchanged: a town in a place's position; a language word opening a longer name
const LANGUAGE_NEGATIVES: Array<[string, string, string, string]> = [
  ['Police detained 30 students in Paris on Sunday.', 'detained', 'Paris', 'FRA'],
  ['Police arrested 12 protesters in Maia on Sunday.', 'arrested', 'Maia', 'PRT'],
];
for (const [text, trigger, name, country] of LANGUAGE_NEGATIVES) {
  test(`a town stays the place: ${text}`, T, () => assert.deepEqual(placeOf(text, trigger), [name, country]));
}

// Romanisations of Ukrainian and Russian names write я, ю, є, ї, й as "ia"/"ya", "iu"/"yu", "i"/"y"/"yi": a name not
// listed is looked up with its glide letters written the other ways (resolve/spelling-variants.ts, resolve/city-names.ts)
const GLIDE_SPELLINGS: Array<[string, string, string]> = [
  // [text, trigger, GeoNames' name]
  ['Russian forces shelled Izium on Tuesday, Ukrainian officials said.', 'shelled', 'Izyum'],
  ['Russian troops attacked Huliaipole in the Zaporizhzhia region on Monday.', 'attacked', 'Hulyaypole'],
  ['A Russian drone struck a market in Kostiantynivka on Sunday, killing four people.', 'struck', 'Kostyantynivka'],
];
for (const [text, trigger, name] of GLIDE_SPELLINGS) {
  test(`another romanisation of a town's glides finds the town: ${text}`, T, () => assert.deepEqual(placeOf(text, trigger), [name, 'UKR']));
}
// unchanged: names GeoNames lists as written
const GLIDE_NEGATIVES: Array<[string, string, string]> = [
  ['Russian forces shelled Izyum on Tuesday, Ukrainian officials said.', 'shelled', 'Izyum'],
  ['Russian missiles struck Mykolaiv overnight, officials said.', 'struck', 'Mykolayiv'],
];
for (const [text, trigger, name] of GLIDE_NEGATIVES) {
  test(`a listed spelling stays its town: ${text}`, T, () => assert.deepEqual(placeOf(text, trigger), [name, 'UKR']));
}
