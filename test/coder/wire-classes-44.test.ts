import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brief, coderPublishedOn, expectAll, expectNone, expectPlaceNames, T } from './class-fixture.ts';

// Session 44 classes found on conflict wire copy of new genres (Puntland's offensive in the Cal Miskaad, the Tishrin Dam,
// Gaza's aid sites, a mass strike on Kyiv, the ADF in Ituri, a mosque in Tillaberi, the NPA on Negros, Lake Chad, Cauca's
// dissidents, U.S. strikes on Ras Isa), each on sentences written for this file, with negatives that must not change.
// Default publication: Monday 16 June 2025.
const code = coderPublishedOn('2025-06-16');

// "shelled positions near Balidhidin, a village 20 km south of Qandala", "hit the Bani Matar district, west of the capital
// Sanaa": a distance or a side set off by a comma after a place says where that place lies; the distance's town took the
// act, as a relative place as precise as the one it describes (or, for a district the text names, more). The place set
// off is where the act was. src/core/attach.ts describedBy; "the capital Sanaa" with no comma is a reference point too
// (src/resolve/relative-places.ts NAME_GAP).
expectPlaceNames(code, 'a place set off before a distance or side it lies at is the place', [
  ['The army bombed Ras Kamboni, south of Kismayo, on Friday.', 'bombed', 'Ras Kamboni'],
  ['Troops shelled the Jebel Marra mountains, west of El Fasher, on Monday.', 'shelled', 'Jebel Marra'],
  ['Drones struck the Arhab district, north of the capital Sanaa, on Monday.', 'struck', 'Arhab'],
  ['Troops attacked militants in the Ahmar mountains, west of Harar, on Friday.', 'attacked', 'Ahmar'],
  ['Gunmen attacked Kadunu, a village 30 km south of Zaria, on Sunday.', 'attacked', 'Kadunu'],
]);
// negatives: a distance alone is the place; a wide region or a country set off before it gives way to it
expectPlaceNames(code, 'a distance alone, or after a region or country, is the place', [
  ['Gunmen killed four farmers 20 km south of Zaria on Sunday.', 'killed', 'Zaria'],
  ['Rebels attacked a village in Borno state, 30 km from Maiduguri, on Sunday.', 'attacked', 'Maiduguri'],
  ['Jets struck targets in Iraq, north of Mosul, on Friday.', 'struck', 'Mosul'],
]);

// "in Banibangou, near the Malian border", "in Kuriga, some 90 km from Kaduna", "bombed Tal Tamr, 40 km north of
// Hasakah": a name no gazetteer knows, set off after "in" or "at" by a comma and a nearness, or anywhere by a distance
// or a side, is a town, as one after "near" is; the landmark or the distance's town took the act.
// src/resolve/named-places.ts setInPlace.
expectPlaceNames(code, 'a name located by what follows its comma is a town', [
  ['Jihadists killed 12 soldiers at a post in Tamou, near the border with Burkina Faso, on Friday.', 'killed', 'Tamou'],
  ['Bandits kidnapped 30 pupils in Kuriga, some 90 km from Kaduna, on Thursday.', 'kidnapped', 'Kuriga'],
  ['Militants burned a church in Mbau, north of Beni, on Saturday.', 'burned', 'Mbau'],
  ['Shelling killed three civilians in Karim, 20 km west of Kadugli, on Monday.', 'killed', 'Karim'],
]);
// negatives: a month before ", near" is no town; a person's age after his comma is no distance
expectPlaceNames(code, 'a month before a nearness, or a person, is no town', [
  ['In March, near Goma, rebels killed five soldiers.', 'killed', 'Goma'],
  ['Troops killed Ahmed, 40, and his son in Goma on Monday.', 'killed', 'Goma'],
]);

// "in the countryside of Deir Hafer", "in the hinterlands of Kabankalan City", "on the island of Barkaram", "in the Golis
// mountains": the country round a town, an island or a range named with its noun is a place; "of" after
// "countryside" or "hinterlands" was no locative word, and the nouns were none of data/lexicon/place-nouns.tsv, so the
// act took a wider place of its sentence, the story's opening, or none. src/resolve/token-map.ts PLACE_NOUNS.
expectPlaceNames(code, 'a town named after countryside, hinterlands or island, or a range, is a place', [
  ['Regime jets bombed the countryside of Kafr Nabudah on Sunday.', 'bombed', 'Kafr Nabudah'],
  ['Troops clashed with rebels in the hinterlands of Bayawan on Monday.', 'clashed', 'Bayawan'],
  ['Boko Haram fighters attacked soldiers on the island of Kirta Wulgo on Sunday.', 'attacked', 'Kirta Wulgo'],
  ['Jets pounded militant hideouts in the Buur Heybe mountains on Friday.', 'pounded', 'Buur Heybe'],
  ['Jets bombed the countryside of Idlib on Sunday.', 'bombed', 'Idlib'],
]);
// ... and a range the sentence puts the act in is where, before a region named bare as whose forces acted ("Puntland
// troops"), though the parse hangs the range on the object. src/core/attach.ts placeFor (bare).
expectPlaceNames(code, 'a range the act is put in, before a region naming the forces', [
  ['Puntland troops captured militant bases in the Golis mountains on Sunday.', 'captured', 'Golis'],
  ['Darfur rebels shelled positions in the Jebel Moon mountains on Friday.', 'shelled', 'Jebel Moon'],
  ['Tigray forces ambushed a convoy in the Tembien mountains on Monday.', 'ambushed', 'Tembien'],
]);
// negatives: the nouns with no name are no place
expectPlaceNames(code, 'the nouns alone are no place', [
  ['Fighting raged in the countryside on Sunday as jets bombed the area.', 'bombed', null],
  ['Gunmen attacked a village on the island on Sunday.', 'attacked', null],
]);

// "In the Sviatoshynskyi district in the west of the city, a missile destroyed ...", "the Darnytskyi district of Kyiv",
// "in Donetsk's Kuibyshevskyi district": a division the text names inside a city is a part of it, so more precise than the
// city (or "the city") that holds it; the city took the act for being a city. src/core/attach.ts cityPart.
expectPlaceNames(code, "a city's named district is the place", [
  ['Russian forces struck Kyiv with drones on Thursday.\n\nIn the Holosiivskyi district in the south of the city, a drone hit a house, the mayor said.', 'hit', 'Holosiivskyi'],
  ['A missile hit an apartment block in the Shevchenkivskyi district of Kyiv on Thursday.', 'hit', 'Shevchenkivskyi'],
  ['Shelling hit a market in Donetsk\'s Kuibyshevskyi district on Friday.', 'hit', 'Kuibyshevskyi'],
]);
// negatives: a region's district is read as before; a city alone is the place
expectPlaceNames(code, "a region's district, or a city alone, is unchanged", [
  ['Militants attacked a checkpoint in Balochistan\'s Turbat district on Friday.', 'attacked', 'Turbat'],
  ['A drone hit a house in Kyiv on Thursday.', 'hit', 'Kyiv'],
]);

// "attacked Kadunu, a village 30 km south of Zaria", "bombed Tal Tamr, 40 km north of Hasakah": a town no gazetteer knows,
// that the text makes one, is what an act on it lands on, as a known town is ("bombed Aleppo"); being a place, it was no
// participant at all. src/resolve/place-actors.ts NAMED_TOWN.
expectAll(code, 'a named unlisted town acted on is the target', [
  ['Gunmen attacked Kadunu, a village 30 km south of Zaria, on Sunday.', ['ASSAULT Gunmen > Kadunu']],
  ['Jets bombed Tal Tamr, 40 km north of Hasakah, on Sunday, the monitor said.', ['ASSAULT null > Tal Tamr']],
  ['Troops retook Kwanware, a town in Zamfara state, on Sunday.', ['ASSAULT Troops > Kwanware']],
]);
// negatives: a town after "near" or "in" is where, not what; a known town and "the town of X" are as before
expectAll(code, 'a town after near or in, or a known one, is unchanged', [
  ['Gunmen killed three farmers near Kadunu, a village in Kaduna state, on Sunday.', ['ASSAULT Gunmen > farmers']],
  ['Jets bombed Aleppo on Sunday.', ['ASSAULT null > Aleppo']],
  ['Rebels captured the town of Kitchanga on Monday.', ['ASSAULT Rebels > the town of Kitchanga']],
]);

// "soldiers seized an NPA camp", "forces captured a string of Islamic State hideouts", "seized several caves the group
// used": an armed group's camp or hiding place taken is ground taken by force (PLOVER ASSAULT, CAMEO 190, as a base or
// a post taken), not property confiscated (171 COERCE); only an army's camp was a row ("army|military camp"), so a
// group's camp was seized property, and a hideout or den stormed no event. data/patterns/verbs.tsv (seize * camp|hideout).
expectAll(code, "a group's camp or hideout taken is an assault", [
  ['Troops seized an al-Shabaab camp near Jilib on Friday.', ['ASSAULT Troops > an al-Shabaab camp']],
  ['Soldiers seized a rebel hideout in the forest on Sunday.', ['ASSAULT Soldiers > a rebel hideout']],
  ['Police stormed a bandit den in the forest on Tuesday.', ['ASSAULT Police > a bandit den']],
]);
// negatives: things seized are still confiscated; refuge taken in a camp is no act on it
expectAll(code, 'things seized in a camp stay a seizure', [
  ['Police seized weapons and ammunition in the camp on Monday.', ['COERCE Police > weapons and ammunition']],
]);
expectNone(code, 'refuge taken in a camp is no assault', 'ASSAULT', [
  'Hundreds of families took refuge in a camp near the border on Monday.',
]);

// "One soldier was killed and two were wounded in the firefight": the parser reads "were wounded" as a copula and an
// adjective, so the wounding was no passive and its subject (back to "soldier") its doer: the victims wounded
// themselves. An act's participle after "be" is a passive; its subject undergoes the act, and no one named does it.
// src/extract/verb-roles.ts copularParticiple.
for (const [text, victims] of [
  ['One soldier was killed and two were wounded in the hour-long firefight, the army said.', 'soldier'],
  ['Three policemen were killed and five were wounded in the attack on Monday.', 'policemen'],
  ['Four soldiers were killed and six were wounded in the clashes, the ministry said.', 'soldiers'],
] as const) {
  test(`victims wounded after "were" are no doers: ${text}`, T, () => {
    const got = code(text);
    assert.ok(got.some((e) => e.type === 'ASSAULT' && e.actor === null && e.target?.text === victims), JSON.stringify(got.map(brief)));
    assert.ok(!got.some((e) => e.actor?.text === victims), JSON.stringify(got.map(brief)));
  });
}
// negative: an active wounding keeps its doer
expectAll(code, 'an active wounding keeps its doer', [
  ['Gunmen wounded two soldiers in an attack on Monday.', ['ASSAULT Gunmen > soldiers']],
]);
