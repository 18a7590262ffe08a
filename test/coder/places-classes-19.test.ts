import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coderPublishedOn, find, T } from './class-fixture.ts';
import { skeleton } from '../../src/knowledge/geonames.ts';
import type { Event } from '../../src/schema/event.ts';

// Place classes of session 19, on sentences written for this file, with negatives that must not change.
const code = coderPublishedOn('2025-06-12');

// Transliterations (knowledge/geonames.ts skeleton, resolve/places.ts citiesNamed): the Arabic article written as said
// ("an Nu'man") or not ("al-Numan") is one sound, also for a name where an object goes ("shelled Maaret al-Numan");
// a final "h" after a vowel is written or not in a sizeable town's name ("Hodeidah", Hodeida); "off <port>" is where.
test('spellings of the Arabic article share a skeleton', T, () => {
  assert.equal(skeleton('Maaret al-Numan'), skeleton('Ma‘arrat an Nu‘mān'));
  assert.equal(skeleton('Jisr al-Shughour'), skeleton('Jisr ash Shughūr'));
  assert.notEqual(skeleton('Maaret al-Numan'), skeleton('Ma‘arratmişrīn'));
});
const SPELLINGS: Array<[string, string, string, string]> = [
  // [text, trigger, place name, country]
  ['Government forces shelled Maaret al-Numan on Sunday.', 'shelled', 'Ma‘arrat an Nu‘mān', 'SYR'],
  ['Russian jets bombed Maarat al-Numan on Friday, activists said.', 'bombed', 'Ma‘arrat an Nu‘mān', 'SYR'],
  ['Rebels shelled Maaret al-Nouman on Monday.', 'shelled', 'Ma‘arrat an Nu‘mān', 'SYR'],
  ['Saudi-led coalition jets struck the Yemeni port of Hodeidah on Tuesday.', 'struck', 'Al Ḩudaydah', 'YEM'],
  ['Houthi rebels attacked a tanker off Hodeidah on Tuesday.', 'attacked', 'Al Ḩudaydah', 'YEM'],
  ['Houthi rebels fired a missile at a ship off Hodeida on Monday.', 'fired', 'Al Ḩudaydah', 'YEM'],
  ['Kurdish fighters pushed into Raqqah on Monday.', 'pushed', 'Ar Raqqah', 'SYR'],
  ['Pirates hijacked a fishing vessel off Eyl on Sunday.', 'hijacked', 'Eyl', 'SOM'],
];
for (const [text, trigger, name, country] of SPELLINGS) {
  test(`another transliteration of a town: ${text}`, T, () => {
    const act = find(code(text), trigger);
    assert.equal(act.location?.name, name);
    assert.equal(act.location?.country, country);
  });
}
const NOT_SPELLINGS: Array<[string, string, string | null]> = [
  // a person's name with an article is no town; a phrasal "off" leaves the place as it was
  ['The minister met Mohammed al-Sudani on Monday.', 'met', null],
  ['Police called off the search in Lagos.', 'called', 'Lagos'],
  ['Rebels sealed off Goma on Monday.', 'sealed', 'Goma'],
  ['Government troops shelled Marib on Sunday.', 'shelled', "Ma'rib"],
];
for (const [text, trigger, name] of NOT_SPELLINGS) {
  test(`no other spelling: ${text}`, T, () => assert.equal(find(code(text), trigger).location?.name ?? null, name));
}

// Another state's police, ministry or court acting at home (core/event-place.ts, resolve/home-place.ts civilOnly): in a
// sentence that names no place, such an act of a state other than the story's is at that state's home, not in the
// story's opening town, its paragraph's or the dateline's. An army detains where it occupies, so it keeps the story's.
const HOME_ABROAD: Array<[string, string, string]> = [
  // [text, trigger, country]
  ['NAIROBI, Kenya (AP) — Kenyan police arrested 40 protesters in Nairobi on Tuesday as demonstrations over tax increases spread.\n\nUgandan police fired tear gas at opposition supporters on Monday, witnesses said.', 'fired', 'UGA'],
  ['NAIROBI, Kenya (AP) — Kenyan police arrested 40 protesters in Nairobi on Tuesday as demonstrations over tax increases spread.\n\nTanzanian police also arrested a journalist who covered the protests.', 'arrested a journalist', 'TZA'],
  ['KYIV, Ukraine (AP) — Russian missiles struck an apartment building in Kyiv on Monday, killing four people.\n\nBelarusian authorities detained a blogger who posted videos of troop movements, rights groups said.', 'detained', 'BLR'],
  ['JOHANNESBURG (Reuters) — South African police arrested 12 striking miners near Rustenburg on Friday.\n\nZambian police detained three activists on Saturday, their lawyer said.', 'detained', 'ZMB'],
];
for (const [text, trigger, country] of HOME_ABROAD) {
  test(`another state's domestic act is at its home: ${text.slice(0, 60)}`, T, () => {
    const act = find(code(text), trigger);
    assert.equal(act.location?.span ?? null, null, `no town of the story: ${act.location?.name}`);
    assert.equal(act.location?.country, country);
    assert.ok(act.rules.includes('place:home-abroad'), act.rules.join(' '));
  });
}
// ... and a state's measure against another (CAMEO 16: sanctions, expulsions), whoever names the state: its capital, its
// name or its government
const MEASURE_ABROAD: Array<[string, string, string]> = [
  ['Russian forces captured two villages in the Donetsk region on Monday.\n\nWashington imposed new sanctions on Russian banks on Tuesday.', 'imposed', 'USA'],
  ['Israeli jets struck targets near Tyre in southern Lebanon on Monday.\n\nThe British government imposed sanctions on two Israeli settler leaders.', 'imposed', 'GBR'],
  ['BEIRUT (AP) — Israeli drones killed two Hezbollah fighters near the town of Bint Jbeil on Monday.\n\nThe United States imposed sanctions on three Hezbollah financiers, the Treasury said.', 'imposed', 'USA'],
];
for (const [text, trigger, country] of MEASURE_ABROAD) {
  test(`another state's measure is decided at home: ${text.slice(-70)}`, T, () => {
    const act = find(code(text), trigger);
    assert.equal(act.location?.span ?? null, null, `no town of the story: ${act.location?.name}`);
    assert.equal(act.location?.country, country);
  });
}
test("the story's own state's measure keeps the story's town", T, () => {
  const act = find(code('KYIV, Ukraine (AP) — Russian missiles struck an apartment building in Kyiv on Monday, killing four people.\n\nUkraine imposed sanctions on 50 Russian companies.'), 'imposed');
  assert.equal(act.location?.name, 'Kyiv');
});
const NOT_HOME_ABROAD: Array<[string, string, string]> = [
  // the story's own state keeps the story's towns; a place the sentence names stays; an army acts where it occupies
  ['CAIRO (AP) — Egyptian police arrested a prominent blogger in Cairo on Tuesday.\n\nEgyptian police later released the relatives without charge.', 'released', 'Cairo'],
  ['NAIROBI, Kenya (AP) — Kenyan police arrested 40 protesters in Nairobi on Tuesday.\n\nUgandan police detained two Kenyan activists in Kampala on Monday.', 'detained', 'Kampala'],
  ['KYIV, Ukraine (AP) — Russian missiles struck an apartment building in Kyiv on Monday, killing four people.\n\nRussian troops detained 20 civilians on Tuesday, Ukrainian officials said.', 'detained', 'Kyiv'],
];
for (const [text, trigger, name] of NOT_HOME_ABROAD) {
  test(`the story's place stays: ${text.slice(0, 60)}`, T, () => assert.equal(find(code(text), trigger).location?.name, name));
}

// "in neighboring Uganda", "in war-torn Sudan", "in Russian-occupied Kherson" (resolve/token-map.ts locativePrep): words
// that say what the place is like, between the preposition and the name, leave it where the act happened (a country so
// named is a place, no target)
const DESCRIBED: Array<[string, string, string]> = [
  ['NAIROBI, Kenya (AP) — Kenyan police arrested 40 protesters in Nairobi on Tuesday.\n\nIn neighboring Uganda, security forces detained an opposition leader on Monday.', 'detained', 'Uganda'],
  ['Rebels attacked a base in war-torn Sudan on Monday.', 'attacked', 'Sudan'],
  ['Police arrested 30 protesters in nearby Goma.', 'arrested', 'Goma'],
  ['Militants attacked a camp in landlocked Mali on Monday.', 'attacked', 'Mali'],
  ['Islamist fighters attacked a checkpoint in rebel-held Idlib on Sunday.', 'attacked', 'Idlib'],
];
for (const [text, trigger, name] of DESCRIBED) {
  test(`a described place after a preposition: ${text.slice(-60)}`, T, () => {
    const act = find(code(text), trigger);
    assert.equal(act.location?.name, name);
    assert.notEqual(act.target?.text, name);
  });
}
test('an adjective before a person is no place', T, () => {
  const act = find(code('The army arrested the former rebel commander in Goma.'), 'arrested');
  assert.equal(act.location?.name, 'Goma');
});

// "the Tigray capital, Mekelle" (core/attach.ts placeFor): the town set off after its region's place noun hangs on the act
// where the region does, whatever the parse made of the comma; the town is the finer place
const REGION_CAPITAL: Array<[string, string, string]> = [
  ['Police detained protesters in the Tigray capital, Mekelle, on Friday.', 'detained', "Mek'ele"],
  ["Police detained protesters in Tigray's capital, Mekelle, on Friday.", 'detained', "Mek'ele"],
  ['Gunmen killed three police officers in the Borno state capital, Maiduguri.', 'killed', 'Maiduguri'],
  ['Soldiers arrested dozens of students in the Kachin state capital, Myitkyina, on Monday.', 'arrested', 'Myitkyina'],
];
for (const [text, trigger, name] of REGION_CAPITAL) {
  test(`a region's capital named after it: ${text}`, T, () => assert.equal(find(code(text), trigger).location?.name, name));
}
test('a region alone stays the region', T, () => {
  assert.equal(find(code('Police detained protesters in the Tigray region on Friday.'), 'detained').location?.name, 'Tigray');
});

// A facility named by its town after "the", where an object goes (resolve/places.ts findCityNames, a site noun of
// data/lexicon/site-nouns.tsv after the name): the town is where the act happened
const FACILITY_OF_TOWN: Array<[string, string, string]> = [
  ['Russian troops shelled the Kherson railway station on Sunday.', 'shelled', 'Kherson'],
  ['Gunmen stormed the Kaduna central prison on Tuesday, freeing 200 inmates.', 'stormed', 'Kaduna'],
  ['Israeli jets struck the Sanaa international airport on Tuesday.', 'struck', 'Sanaa'],
  ['Police fired tear gas at relatives outside the Sittwe prison on Monday.', 'fired', 'Sittwe'],
];
for (const [text, trigger, name] of FACILITY_OF_TOWN) {
  test(`a facility named by its town: ${text}`, T, () => assert.equal(find(code(text), trigger).location?.name, name));
}
const NOT_FACILITY: Array<[string, string, string | null]> = [
  // a town's name before another noun is no facility's town
  ['Militants attacked the Kaduna governor on Tuesday.', 'attacked', null],
  ['Rebels shelled the Goma airport on Monday.', 'shelled', 'Goma International Airport'],
];
for (const [text, trigger, name] of NOT_FACILITY) {
  test(`no facility's town: ${text}`, T, () => assert.equal(find(code(text), trigger).location?.name ?? null, name));
}

// "struck Houthi-held Sanaa on Monday" (extract/tree-repair/hyphen-participle-clause.ts): a holder's name joined to an
// irregular participle of control ("-held", "-run") describes the place after it, which is no object of another clause;
// the day after it is the main verb's
const HELD_PLACES: Array<[string, string, string]> = [
  ['Saudi jets struck Houthi-held Sanaa on Monday.', 'struck', 'Sanaa'],
  ['Israeli jets bombed Hamas-run Gaza City on Monday.', 'bombed', 'Gaza City'],
  ['Government troops shelled rebel-held Kadugli on Tuesday.', 'shelled', 'Kadugli'],
];
for (const [text, trigger, name] of HELD_PLACES) {
  test(`a place described by its holder: ${text}`, T, () => {
    const act = find(code(text), trigger);
    assert.equal(act.location?.name, name);
    assert.ok(!act.rules.includes('place:other-clause'), act.rules.join(' '));
  });
}
test('the day after a held place dates the strike', T, () => {
  assert.equal(find(code('Saudi jets struck Houthi-held Sanaa on Monday.'), 'struck').date?.value, '2025-06-09');
});

// Place names inside actor names, and actor-like place names (core/article-places.ts standsAsPlace, coder.ts): an actor's
// name after a locative word that opens with a place's name says where ("in the Donetsk People's Republic" is in
// Donetsk); elsewhere it stays the actor and no place. A region name that carries the text's word ("the Kurdistan
// region": resolve/division-reading.ts, data/places/regions.json) is the entry so named, not a division its country
// only calls so (Iran's Kurdistan Province).
const ACTOR_NAMED_PLACES: Array<[string, string, string, string]> = [
  ["Police arrested 12 people in the Donetsk People's Republic on Monday.", 'arrested', 'Donetsk', 'UKR'],
  ["Ukrainian drones struck an oil depot in the Luhansk People's Republic.", 'struck', 'Luhansk', 'UKR'],
  ['Militants attacked a checkpoint in the Kurdistan region on Monday.', 'attacked', 'Kurdistan Region', 'IRQ'],
  ["Militants attacked a checkpoint in Iraq's Kurdistan region on Monday.", 'attacked', 'Kurdistan Region', 'IRQ'],
];
for (const [text, trigger, name, country] of ACTOR_NAMED_PLACES) {
  test(`a place named like an actor: ${text}`, T, () => {
    const act = find(code(text), trigger);
    assert.equal(act.location?.name, name);
    assert.equal(act.location?.country, country);
  });
}
const ACTORS_NOT_PLACES: Array<[string, string, string | null]> = [
  ["Fighters of the Donetsk People's Republic shelled Avdiivka on Monday.", 'shelled', 'Avdiyivka'],
  ["Ukrainian troops attacked positions of the Donetsk People's Republic near Horlivka.", 'attacked', 'Horlivka'],
  ['Police arrested five men in Kurdistan Province on Monday.', 'arrested', 'Kurdistan Province'],
];
for (const [text, trigger, name] of ACTORS_NOT_PLACES) {
  test(`an actor's name where no place goes stays the actor: ${text}`, T, () => assert.equal(find(code(text), trigger).location?.name ?? null, name));
}

// A name the text calls a place ("the village of Um Kadada") whose article names places in several countries, none in its
// sentence (core/article-places.ts withStoryCountry): it is in the story's country, or where the story's places are
// mixed, in the dateline's (core/article-country.ts datelineHomeCountry)
const STORY_COUNTRY_OF_NAMED: Array<[string, string, string, string]> = [
  ['GAZA CITY (AP) — Israeli airstrikes killed at least 30 people in Gaza on Tuesday, health officials said.\n\nIn Jerusalem, police arrested two Palestinians after a stabbing.\n\nOne strike hit a school sheltering displaced families in the Tuffah neighborhood.', 'hit', 'Tuffah', 'PSE'],
  ['KHARTOUM, Sudan (AP) — Paramilitary fighters shelled a camp near El Fasher on Sunday, killing 14 people.\n\nThousands have fled across the border to Adre in Chad.\n\nOn Monday, the fighters attacked the village of Um Kadada, residents said.', 'attacked', 'Um Kadada', 'SDN'],
  ["KYIV, Ukraine (AP) — Russian missiles struck an apartment building in Kyiv on Monday.\n\nUkrainian drones hit an oil refinery in Russia's Ryazan region.\n\nRussian troops later stormed the village of Novodmytrivka, Ukrainian officials said.", 'stormed', 'Novodmytrivka', 'UKR'],
];
for (const [text, trigger, name, country] of STORY_COUNTRY_OF_NAMED) {
  test(`a named village in the story's country: ${name}`, T, () => {
    const act = find(code(text), trigger);
    assert.equal(act.location?.name, name);
    assert.equal(act.location?.country, country);
  });
}
test("a named village keeps its sentence's country", T, () => {
  const act = find(code('KHARTOUM, Sudan (AP) — Paramilitary fighters shelled a camp near El Fasher on Sunday.\n\nRebels raided the village of Abou Goudam in Chad on Monday.'), 'raided');
  assert.equal(act.location?.country, 'TCD');
});

// "the industrial hub of X", "the rebel stronghold of X" (resolve/places.ts placeNounOf): a place noun of
// data/lexicon/place-nouns.tsv before "of" names the town after it, as "the town of X" does
const NOUN_OF_TOWN: Array<[string, string, string]> = [
  ['Malian troops retook the rebel stronghold of Kidal on Tuesday.', 'retook', 'Kidal'],
  ['Gunmen attacked a bank in the commercial hub of Lagos.', 'attacked', 'Lagos'],
  ['Police dispersed striking workers in the industrial hub of Kano on Monday.', 'dispersed', 'Kano'],
];
for (const [text, trigger, name] of NOUN_OF_TOWN) {
  test(`a town after a place noun and "of": ${text}`, T, () => assert.equal(find(code(text), trigger).location?.name, name));
}
test('"the stronghold of" a group names no town', T, () => {
  assert.equal(find(code('Troops attacked the stronghold of al-Shabab on Monday.'), 'attacked').location?.name ?? null, null);
});

// A definite mention of a told act with no agent ("Friday's attack in Abyan province", core/coreference-compatible.ts)
// refers back to an act told with its agent: a later mention naming that agent again may join the same event
test("an agentless definite mention does not keep the agent's later mention apart", T, () => {
  const text = "Militants killed 13 soldiers in a suicide attack on an army base near the town of Shakra on Friday.\n\nFriday's attack in Abyan province was the deadliest this year.\n\nThe militants attacked the base with a car bomb, officials said.";
  const events = code(text);
  assert.equal(events.filter((e) => e.type === 'ASSAULT').length, 1, events.map((e) => e.trigger.text).join(' / '));
  assert.equal(find(events, 'killed 13').location?.country, 'YEM');
});

// "killed Abu Bakr al-Baghdadi" (resolve/places.ts namesOnPast): where an object goes, a town's name that opens a longer
// capitalised name is that name's (a person's), not a town; a date or a facility's words after a town leave it the town
const LONGER_NAMES: Array<[string, string, string | null]> = [
  ['US forces killed Abu Bakr al-Baghdadi in a raid.', 'killed', null],
  ['Israel killed Mohammed Deif in an airstrike.', 'killed', null],
  ['Russian missiles struck Kyiv Monday night.', 'struck', 'Kyiv'],
  ['Gunmen stormed Kaduna Central Prison on Tuesday.', 'stormed', 'Kaduna'],
  ['Rebels shelled Kafr Nabl on Sunday.', 'shelled', 'Kafranbel'],
];
for (const [text, trigger, name] of LONGER_NAMES) {
  test(`a town's name inside a longer name: ${text}`, T, () => assert.equal(find(code(text), trigger).location?.name ?? null, name));
}
test('a final "h" reads no town of a country the story does not name', T, () => {
  const act = find(code('Militants attacked a base in southern Yemen. The attack near the town of Hawra killed nine soldiers.'), 'attack');
  assert.notEqual(act.location?.country, 'IND');
});
test('"the Congress building" names no small town of that name', T, () => {
  assert.equal(find(code('Supporters of the former president stormed the Congress building in Brasilia.'), 'stormed').location?.name, 'Brasília');
});
