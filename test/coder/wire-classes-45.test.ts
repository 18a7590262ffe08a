import { coderPublishedOn, expectPlaceNames } from './class-fixture.ts';

// Session 45 classes found on conflict wire copy of new genres (Sweida's clashes and the strikes on Damascus, U.S. strikes
// on boats in the Caribbean, schoolgirls taken in Kebbi, the M23 in Uvira, drones on Port Sudan, a missile on Ternopil,
// JNIM in Park W, the Bannu cantonment, drones on Kurdistan's oil fields, Haute-Kotto), each on sentences written for
// this file, with negatives that must not change. Default publication: Monday 9 June 2025.
const code = coderPublishedOn('2025-06-09');

// "struck a boat in the Caribbean", "seized a tanker in the Gulf": a sea named by its people's word ("Caribbean",
// "Gulf" are region adjectives in data/actors/country-aliases.json) was dropped as a people's word, so the act took the
// dateline abroad or no place. After "the" (and a side) and before no noun or name, a region of no one state is the
// place. src/resolve/places.ts namesWaters.
expectPlaceNames(code, "a sea named by its people's word after 'the' is the place", [
  ['U.S. forces fired on a speedboat in the Caribbean on Tuesday.', 'fired', 'Caribbean'],
  ['WASHINGTON — The Navy struck a drug boat in the southern Caribbean on Friday.', 'struck', 'Caribbean'],
  ['Iranian commandos seized an oil tanker in the Gulf on Sunday.', 'seized', 'Persian Gulf'],
]);
// negatives: before a noun the word names a people or a bloc, no place
expectPlaceNames(code, "a region's word before a noun is no place", [
  ['Caribbean leaders condemned the strikes on Tuesday.', 'condemned', null],
  ['The Gulf states condemned the seizure on Sunday.', 'condemned', null],
]);

// "In Jaramana, a Druze-majority suburb of Damascus, ...", "In Ungogo, a town near Kano, ...": a place set off as a part
// or a town of another says which part; the other (a city as precise, nearer the act) only places it. A name no
// gazetteer knows set off so is a town ("suburb" joins data/lexicon/place-nouns.tsv). src/core/attach.ts apposedPart.
expectPlaceNames(code, 'a place set off as a suburb or town of another is the place', [
  ['In Harasta, a suburb of Damascus, hundreds of people protested on Friday.', 'protested', 'Ḩarastā'],
  ['In Gwale, a suburb of Kano, police fired tear gas at protesters on Monday.', 'fired', 'Gwale'],
  ['In Kafr Batna, a town outside Damascus, jets bombed a market on Monday.', 'bombed', 'Kafr Baţnā'],
  ['In Ungogo, a town near Kano, gunmen kidnapped six traders on Sunday.', 'kidnapped', 'Ungogo'],
]);
// negatives: a city described by what it is, or by its role, stays the place
expectPlaceNames(code, 'a city described by its size or role stays the place', [
  ['In Damascus, the capital, protesters marched on Monday.', 'marched', 'Damascus'],
  ['In Kano, a city of four million, police arrested 12 protesters on Monday.', 'arrested', 'Kano'],
]);

// "in the Spinwam area of North Waziristan", "struck the Tadamon suburb": a name before "area" or "suburb" is a locality
// (data/lexicon/place-nouns.tsv), more precise than the district it lies in; before, the district or no place.
// A capitalised word that describes the place after "a" ("a Druze-majority village", "a Kurdish-held area") names none.
// src/resolve/named-places.ts describing.
expectPlaceNames(code, "a name before 'area' or 'suburb' is a locality", [
  ['Security forces killed five militants in the Datta Khel area of North Waziristan on Sunday.', 'killed', 'Datta Khel'],
  ['Gunmen killed three villagers in the Zangon area on Friday.', 'killed', 'Zangon'],
  ['Jets struck the Tadamon suburb on Monday.', 'struck', 'Tadamon'],
]);
expectPlaceNames(code, "a describing word after 'a', or a common noun, is no locality", [
  ['Gunmen attacked a Kurdish-majority area on Sunday.', 'attacked', null],
  ['Gunmen attacked a Druze-majority village on Sunday.', 'attacked', null],
  ['Militants attacked a base in the border area on Friday.', 'attacked', null],
]);

// "attacked the Bannu cantonment in northwest Pakistan": a military post named by its town ("cantonment" joins
// data/lexicon/site-nouns.tsv, as "barracks" was) says where the act landed, before the country's side; before, the
// country or no place. src/resolve/city-names.ts facilityOfTown.
expectPlaceNames(code, 'the town naming a cantonment is the place', [
  ['Militants attacked the Peshawar cantonment on Tuesday.', 'attacked', 'Peshawar'],
  ['Suicide bombers struck the Quetta cantonment in southwest Pakistan on Tuesday.', 'struck', 'Quetta'],
  ['A suicide bomber attacked the Rawalpindi cantonment on Friday.', 'attacked', 'Rawalpindi'],
]);
// negative: the noun alone is no place
expectPlaceNames(code, 'a cantonment with no town is no place', [
  ['Militants attacked the cantonment on Tuesday.', 'attacked', null],
]);
