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

// "the area" refers back to the nearest place below a country the story named before ("took the village of Kara ...
// heard shelling in the area"), not to the qualifier that followed it ("near Nabatieh in southern Lebanon"):
// data/lexicon/place-anaphors.tsv (precision "any"), resolve/place-anaphors.ts
const THE_AREA: Array<[string, string, string]> = [
  // [text, trigger, place]
  ['BEIRUT — Israeli jets struck a village near Nabatieh in southern Lebanon on Wednesday, killing three people.\n\nHezbollah fighters fired rockets at an Israeli army post in the area on Thursday, the group said.', 'fired rockets', 'Nabatieh'],
  ['Rebel fighters seized the town of Kalehe on Monday, residents said.\n\nThe army later shelled rebel positions in the area, a local official said.', 'shelled', 'Kalehe'],
  ['ABUJA — Gunmen stormed a school in Kankara on Friday.\n\nSoldiers arrested 12 suspects in the area on Saturday, police said.', 'arrested', 'Kankara'],
  // (a day after the noun, as wire copy writes it, is no name: "in the area Wednesday")
  ['Rebel fighters seized the town of Kalehe on Monday, residents said.\n\nA resident said he heard bombing in the area Wednesday evening.', 'bombing', 'Kalehe'],
  ['Gunmen stormed the village of Kwari on Monday.\n\nSoldiers arrested 12 suspects in the village Tuesday, police said.', 'arrested', 'Kwari'],
];
for (const [text, trigger, name] of THE_AREA) {
  test(`"the area" is the place the story named before: ${JSON.stringify(text.slice(0, 60))}`, T, () => assert.equal(placeOf(text, trigger)?.[0], name));
}
// unchanged: an unnamed area told before ("a remote area ... the area"); a place the clause names itself
const THE_AREA_NEGATIVES: Array<[string, string, string | null]> = [
  ['Gunmen attacked a remote area of Zamfara state on Monday.\n\nSoldiers arrested 12 suspects in the area on Tuesday.', 'arrested', 'Zamfara State'],
  ['Rebels seized the town of Kalehe on Monday.\n\nThe army shelled rebel positions in the area near Minova on Tuesday.', 'shelled', 'Minova'],
];
for (const [text, trigger, name] of THE_AREA_NEGATIVES) {
  test(`"the area" keeps its reading: ${JSON.stringify(text.slice(0, 60))}`, T, () => assert.equal(placeOf(text, trigger)?.[0] ?? null, name));
}

// "the previous evening", "the following night", "the evening before": any part of a day before or after the day the story
// was speaking of (resolve/date-phrases.ts DAY_ANAPHORS), as "the previous day" was
const PART_OF_DAY_ANAPHORS: Array<[string, string, string]> = [
  // [text, trigger, date] (published Friday 2026-12-04)
  ['Police fired tear gas at protesters in Nairobi on Tuesday.\n\nThe previous evening, demonstrators had blocked roads in Kisumu, police said.', 'blocked', '2026-11-30'],
  ['Police fired tear gas at protesters in Nairobi on Tuesday.\n\nThe following night, protesters torched a police station in Mombasa.', 'torched', '2026-12-02'],
  ['Rebels attacked an army base in Goma on Thursday.\n\nThe evening before, government troops had shelled rebel positions north of the city.', 'shelled', '2026-12-02'],
  ['Rebels attacked an army base in Goma on Monday.\n\nThe following afternoon, the rebels seized the airport.', 'seized', '2026-12-01'],
];
for (const [text, trigger, date] of PART_OF_DAY_ANAPHORS) {
  test(`a part of a day before or after is counted from the story's day: ${JSON.stringify(text.slice(0, 60))}`, T, () => assert.equal(find(code(text), trigger).date?.value, date));
}
// unchanged: "that night" is the story's day; "the previous day"
const SAME_DAY_ANAPHORS: Array<[string, string, string]> = [
  ['Police fired tear gas at protesters in Nairobi on Tuesday.\n\nThat night, protesters torched a police station in Mombasa.', 'torched', '2026-12-01'],
  ['Police fired tear gas at protesters in Nairobi on Tuesday.\n\nThe previous day, demonstrators had blocked roads in Kisumu.', 'blocked', '2026-11-30'],
];
for (const [text, trigger, date] of SAME_DAY_ANAPHORS) {
  test(`a day anaphor keeps its day: ${JSON.stringify(text.slice(0, 60))}`, T, () => assert.equal(find(code(text), trigger).date?.value, date));
}

// A town the gazetteer does not list, known by its name only ("near Mellit"), is in the story's country as a name the
// text calls a place is (core/article-places.ts withStoryCountry)
const UNLISTED_TOWN_COUNTRY: Array<[string, string, string, string]> = [
  // [text, trigger, place, country]
  ['KHARTOUM — Paramilitary fighters shelled a camp outside El Fasher on Tuesday.\n\nOn Thursday, the RSF attacked a convoy near Mellit, the U.N. said.', 'attacked', 'Mellit', 'SDN'],
  ['MOGADISHU — Al-Shabab fighters attacked an army base in Baidoa on Monday.\n\nOn Tuesday, the militants ambushed a convoy near Dinsoor, officials said.', 'ambushed', 'Dinsoor', 'SOM'],
  ['BAMAKO — Jihadists attacked an army post near Mopti on Sunday.\n\nOn Monday, gunmen kidnapped 12 traders near Dialassagou, officials said.', 'kidnapped', 'Dialassagou', 'MLI'],
];
for (const [text, trigger, name, country] of UNLISTED_TOWN_COUNTRY) {
  test(`an unlisted town is in the story's country: ${JSON.stringify(text.slice(0, 60))}`, T, () => assert.deepEqual(placeOf(text, trigger), [name, country]));
}

// A statement made in a speech, an address or testimony to a body with a seat ("to parliament", "to the U.S. Congress")
// was made at that seat when its sentence names no place (data/lexicon/address-words.tsv, resolve/site-phrases.ts
// addressedSites, core/event-place.ts); "assembly" and "senate" are site nouns (data/lexicon/site-nouns.tsv)
const ADDRESSED_SITES: Array<[string, string, string]> = [
  // [text, trigger, place]
  // (a body with one seat is at its city since session 30: data/lexicon/body-seats.tsv, resolve/body-seats.ts)
  ['Last week, the Ukrainian president accused Russia of war crimes in his speech to the U.S. Congress.', 'accused', 'Washington'],
  ['The Turkish president criticized Israel in a speech to the U.N. General Assembly on Tuesday.', 'criticized', 'New York City'],
  ['The prime minister condemned the attack in a speech to parliament on Monday.', 'condemned', 'parliament'],
  ['The foreign minister accused Iran of arming the rebels in testimony to the Senate on Tuesday.', 'accused', 'the Senate'],
];
for (const [text, trigger, name] of ADDRESSED_SITES) {
  test(`a statement to a body is made at its seat: ${text}`, T, () => assert.equal(find(code(text), trigger).location?.name, name));
}
// unchanged: a speech to people, a letter to a body, a material act told to a body, a named place of the sentence
const ADDRESSED_NEGATIVES: Array<[string, string, string | null]> = [
  ['The prime minister condemned the attack in a speech to supporters on Monday.', 'condemned', null],
  ['The opposition sent a letter to parliament accusing the government of fraud.', 'accusing', null],
  ['The president told parliament that the army had killed 40 militants.', 'killed', null],
  ['Kenyan President William Ruto condemned the killings in a speech to parliament in Nairobi on Thursday.', 'condemned', 'Nairobi'],
];
for (const [text, trigger, name] of ADDRESSED_NEGATIVES) {
  test(`no body's seat for what was not said to it there: ${text}`, T, () => assert.equal(find(code(text), trigger).location?.name ?? null, name));
}

// "a fortnight ago", "a fortnight earlier", "a fortnight later": two weeks, as "two weeks ago" is (chrono knows no
// fortnight: resolve/date-phrases.ts withFortnightsAsWeeks, COUNTED_ANAPHOR)
const FORTNIGHTS: Array<[string, string, string]> = [
  // [text, trigger, date] (published Friday 2026-12-04)
  ['Police arrested 40 students in Dhaka a fortnight ago.', 'arrested', '2026-11-20'],
  ['Police fired tear gas at protesters in Nairobi on Tuesday.\n\nA fortnight earlier, demonstrators had blocked roads in Kisumu.', 'blocked', '2026-11-17'],
  ['Rebels attacked an army base in Goma on Nov. 2.\n\nA fortnight later, the rebels seized the airport.', 'seized', '2026-11-16'],
];
for (const [text, trigger, date] of FORTNIGHTS) {
  test(`a fortnight is two weeks: ${JSON.stringify(text.slice(0, 60))}`, T, () => assert.equal(find(code(text), trigger).date?.value, date));
}
// unchanged: weeks counted as before
test('two weeks ago stays two weeks', T, () => assert.equal(find(code('Two weeks ago, police arrested 40 students in Dhaka.'), 'arrested').date?.value, '2026-11-20'));

// A town read only through another of its names (GeoNames lists "Mambasa" for Mombasa) that lies over 1,000 km from the
// story's places, in none of its countries, is another town of the story, unlisted (resolve/city-choice.ts)
const BY_OTHER_NAME_FAR: Array<[string, string, string, string]> = [
  ['BUNIA, Congo — Rebels killed 18 villagers in an attack near Bunia on Sunday, officials said.\n\nOn Monday, the rebels attacked a health centre in Mambasa, the officials said.', 'attacked', 'Mambasa', 'COD'],
];
for (const [text, trigger, name, country] of BY_OTHER_NAME_FAR) {
  test(`a far town of another name is no reading: ${JSON.stringify(text.slice(0, 60))}`, T, () => assert.deepEqual(placeOf(text, trigger), [name, country]));
}
// unchanged: other names of towns near the story or of its countries
const BY_OTHER_NAME_NEAR: Array<[string, string, string, string]> = [
  ['MOSCOW — The Russian defence ministry said its forces had captured Artemivsk on Sunday.', 'captured', 'Bakhmut', 'UKR'],
  ['Police in Dhaka said they arrested 20 students in Chittagong on Monday.', 'arrested', 'Chittagong', 'BGD'],
];
for (const [text, trigger, name, country] of BY_OTHER_NAME_NEAR) {
  test(`a near town of another name keeps its reading: ${JSON.stringify(text.slice(0, 60))}`, T, () => assert.deepEqual(placeOf(text, trigger), [name, country]));
}
