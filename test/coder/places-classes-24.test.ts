import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coderPublishedOn, find, T } from './class-fixture.ts';

// Place and date classes of session 24, on sentences written for this file, with negatives that must not change.
const code = coderPublishedOn('2026-12-04');

// A town's body told of by its pronoun ("Lagos police said they had detained ..."): the pronoun's antecedent is the body,
// so its act is in the body's town (resolve/town-bodies.ts) as the body's own act is, when nothing else places it
// (core/event-place.ts reads the actor's antecedent)
const PRONOUN_OF_TOWN_BODY: Array<[string, string, string | null]> = [
  // [text, trigger, town]
  ['Lagos police said they had detained 12 men after the clashes.', 'detained', 'Lagos'],
  ['Karachi police said they had arrested three suspects over the bombing.', 'arrested', 'Karachi'],
  ['Istanbul prosecutors said they had charged 40 students over the protest.', 'charged', 'Istanbul'],
  // unchanged: no town's body; a place stated in the clause
  ['Police said they had detained 12 men after the clashes.', 'detained', null],
  ['Lagos police said they had detained 12 men in Abuja.', 'detained', 'Abuja'],
];
for (const [text, trigger, town] of PRONOUN_OF_TOWN_BODY) {
  test(`a town body's pronoun acts in the body's town: ${text}`, T, () => assert.equal(find(code(text), trigger).location?.name ?? null, town));
}

// A first-level division whose bare name a town shares, though the division's own towns outweigh that town many times
// over ("Florida" and the Cuban town of 63,000; "Ontario" and the Californian city; "California" and the Maryland town):
// in a place's position, or before a title, the name is the division (knowledge/geonames.ts divisionsOverTowns, read
// by resolve/city-names.ts and resolve/place-titles.ts); kept out of the gazetteer, so "Meta" the firm or "Lara" the
// name stay no Colombian or Venezuelan division
const DIVISION_OVER_TOWNS: Array<[string, string, string, string]> = [
  // [text, trigger, place, country]
  ['Thousands of teachers rallied in Florida on Sunday against the new law.', 'rallied', 'Florida', 'USA'],
  ['Thousands of nurses went on strike in Ontario on Monday.', 'went on strike', 'Ontario', 'CAN'],
  ['Police arrested 20 climate activists in Virginia on Saturday.', 'arrested', 'Virginia', 'USA'],
];
for (const [text, trigger, name, country] of DIVISION_OVER_TOWNS) {
  test(`a division far bigger than the towns of its name is the place: ${text}`, T, () => {
    const where = find(code(text), trigger).location;
    assert.deepEqual([where?.name, where?.country], [name, country]);
  });
}
const DIVISION_BEFORE_TITLE: Array<[string, string]> = [
  ['Florida Senator Rick Scott criticized the deal on Tuesday.', 'USALEG'],
  ['California Governor Gavin Newsom condemned the raids on Tuesday.', 'USAGOV'],
  ['Ontario Premier Doug Ford criticized the tariffs on Tuesday.', 'CANGOV'],
  // unchanged: a division the gazetteer knows by its bare name
  ['Texas Governor Greg Abbott criticized the decision on Tuesday.', 'USAGOV'],
];
for (const [text, actor] of DIVISION_BEFORE_TITLE) {
  test(`a division far bigger than the towns of its name before a title is the official's: ${text}`, T, () => assert.equal(code(text)[0]?.actor?.code, actor));
}
// unchanged: a firm's or a person's name that a division shares, out of a place's position, is no place
const DIVISION_NAME_NEGATIVES: Array<[string, string, string | null]> = [
  ['Meta said on Monday it had removed hundreds of accounts linked to Russian intelligence.', 'removed', null],
  ['Opposition leader Miranda Lara said police detained 20 of her supporters on Monday.', 'detained', null],
  // a seat the division is named after stays the town
  ['Police arrested 20 protesters in Kharkiv on Sunday.', 'arrested', 'Kharkiv'],
];
for (const [text, trigger, place] of DIVISION_NAME_NEGATIVES) {
  test(`a division's bare name out of a place's position stays no place: ${text}`, T, () => assert.equal(find(code(text), trigger).location?.name ?? null, place));
}

// A landmark named after a person or a town ("the Lincoln Memorial", "Victoria Station", "the Santiago Bernabeu stadium")
// or that shares a town's other name ("the White House", a name of Casablanca) is the landmark, not the town its first
// word names (data/places/sites.json, kind landmark); a seat that names its government ("The White House said", "the
// Kremlin accused") is the speaker, no place, out of a place's position (resolve/places.ts)
const LANDMARKS: Array<[string, string, string, string]> = [
  // [text, trigger, place, country]
  ['Protesters rallied at the Lincoln Memorial on Saturday to denounce the war.', 'rallied', 'Lincoln Memorial', 'USA'],
  ['Police arrested two men at Victoria Station on Monday after a knife attack.', 'arrested', 'Victoria Station', 'GBR'],
  ['Police fired tear gas at fans outside the Santiago Bernabeu stadium on Sunday.', 'fired', 'Santiago Bernabéu Stadium', 'ESP'],
  ['Trump met Netanyahu at the White House on Monday.', 'met', 'White House', 'USA'],
  ['Xi met Putin at the Kremlin on Monday.', 'met', 'Kremlin', 'RUS'],
  ['Hundreds of protesters rallied outside Downing Street on Saturday.', 'rallied', 'Downing Street', 'GBR'],
  ['Two drones struck the Kremlin overnight, Russian officials said.', 'struck', 'Kremlin', 'RUS'],
];
for (const [text, trigger, name, country] of LANDMARKS) {
  test(`a named landmark is the place, not its first word's town: ${text}`, T, () => {
    const where = find(code(text), trigger).location;
    assert.deepEqual([where?.name, where?.country], [name, country]);
  });
}
const SEAT_SPEAKERS: Array<[string, string, string | null]> = [
  ['The White House said on Monday that Russia had violated the truce.', 'violated', null],
  ['Downing Street said on Tuesday that Iran had seized a British tanker.', 'seized', null],
  ['The Kremlin accused Ukraine of attacking a power plant in Kursk on Monday.', 'accused', null],
  // unchanged: the act told of has its own place
  ['The Kremlin accused Ukraine of attacking a power plant in Kursk on Monday.', 'attacking', 'Kursk'],
];
for (const [text, trigger, place] of SEAT_SPEAKERS) {
  test(`a seat that speaks for its government is no place: ${text} (${trigger})`, T, () => assert.equal(find(code(text), trigger).location?.name ?? null, place));
}

// A town whose name is also an English verb ("Shanghai", "Hull", "Bury"), which the tagger reads as one: right after a
// locative word a capitalised word read as a verb or an adjective opens a name as a proper noun does (resolve/city-names.ts)
const TOWN_READ_AS_VERB: Array<[string, string, string | null]> = [
  ['The activist was placed under house arrest in Shanghai last week.', 'placed', 'Shanghai'],
  ['Security officers detained the dissident writer in Shanghai on Tuesday.', 'detained', 'Shanghai'],
  ['Police arrested 15 men in Hull on Saturday after violent clashes outside a hotel housing asylum seekers.', 'arrested', 'Kingston upon Hull'],
  ['Hundreds of people rallied in Bury on Sunday against the closure of the hospital.', 'rallied', 'Bury'],
  // unchanged: a capitalised word after "in" that names no town
  ['Protesters marched in Silence through the city on Sunday.', 'marched', null],
];
for (const [text, trigger, place] of TOWN_READ_AS_VERB) {
  test(`a town read as a verb after a locative word is the place: ${text}`, T, () => assert.equal(find(code(text), trigger).location?.name ?? null, place));
}

// A town GeoNames lacks, named whole after "near" or a compass side's "of" ("positions near Babanusa", "30 km north of
// Tawila"), is a town by its name (resolve/named-places.ts, place:unlisted-town), as "the town of X" is; an actor's name
// there ("near Hamas positions") is none, and a known town stays the gazetteer's
const UNLISTED_TOWNS: Array<[string, string, string | null]> = [
  ['The Sudanese army shelled rebel positions near Babanusa on Tuesday.', 'shelled', 'Babanusa'],
  ['Gunmen killed 12 villagers near Zurmi Kauye on Sunday, police in Zamfara said.', 'killed', 'Zurmi Kauye'],
  ['Hezbollah fighters attacked Israeli troops near Kfar Kila on Monday.', 'attacked', 'Kfar Kila'],
  ['Drones struck a fuel depot 30 km north of Tawila on Monday.', 'struck', 'Tawila'],
  // unchanged: an actor's name; a town the gazetteer knows
  ['Militants ambushed a convoy near Hamas positions on Monday.', 'ambushed', null],
  ['Troops clashed with rebels near Goma on Monday.', 'clashed', 'Goma'],
];
for (const [text, trigger, place] of UNLISTED_TOWNS) {
  test(`a name no gazetteer knows, near which an act happened, is a town: ${text}`, T, () => assert.equal(find(code(text), trigger).location?.name ?? null, place));
}
test('a bare site noun after "near" stays the site phrase, no unlisted town', T, () => {
  const act = find(code('Riot police clashed with protesters near Parliament on Thursday.'), 'clashed');
  assert.ok(act.rules.includes('place:site-phrase') && !act.rules.includes('place:unlisted-town'), act.rules.join(' '));
});

// A site's name whose generic noun the news writes in lower case ("Al-Asad airbase", "Sednaya prison", "Tabqa dam") is
// the site all the same (data/places/site-generic-nouns.tsv, knowledge/actor-files.ts sitePlaces), more precise than the
// country named after it ("at Al-Asad airbase in western Iraq")
const LOWER_GENERIC_SITES: Array<[string, string, string]> = [
  ['Kataib Hezbollah launched drones at US forces at Al-Asad airbase in western Iraq on Sunday.', 'launched', 'Ain al-Asad Air Base'],
  ['Rockets struck the Al-Asad airbase in western Iraq on Tuesday.', 'struck', 'Ain al-Asad Air Base'],
  ['Israeli jets struck the Shayrat air base in central Syria on Monday.', 'struck', 'Shayrat Air Base'],
  ['Turkish drones struck the Tishreen dam in northern Syria on Monday.', 'struck', 'Tishreen Dam'],
  // unchanged: the capitalised name; a site named only by description
  ['Rockets struck the Ain al-Asad Air Base on Tuesday.', 'struck', 'Ain al-Asad Air Base'],
  ['Militants attacked soldiers at a checkpoint in northern Iraq on Monday.', 'attacked', 'Iraq'],
];
for (const [text, trigger, place] of LOWER_GENERIC_SITES) {
  test(`a site whose generic noun is in lower case is the site: ${text}`, T, () => assert.equal(find(code(text), trigger).location?.name, place));
}
