import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coderPublishedOn, expectAll, expectNone, find, T, expectCodes as expectCoded, expectPlaceNames } from './class-fixture.ts';

// Session 40 classes of places and of political and diplomatic reporting, each on sentences written for this file,
// with negatives that must keep their coding. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectCodes = (name: string, cases: ReadonlyArray<readonly [string, string, string | null | undefined, (string | null)?]>) => expectCoded(code, name, cases);

const expectPlaces = (name: string, cases: ReadonlyArray<readonly [string, string, string | null]>) => expectPlaceNames(code, name, cases);

// "Troops from Chad attacked the camp", "Migrants from Eritrea were detained": where the doers or the people acted on
// come from was the act's place whenever the sentence named no other (placeFor only ranked it after a place on the act).
// A "from" place hanging on the trigger through its subject is now dropped from the act's places (core/event-place.ts,
// rule place:subject-origin): the dateline, a visit's destination or nothing places the act; and a "from" place after a
// noun is no country of the story's opening (resolve/origin-phrases.ts, read by story-place.ts leadCountries), so a
// dateline at home still places the act.
expectPlaces('a subject\'s origin is no place of its act', [
  ['Troops from Chad attacked the camp on Sunday.', 'attacked', null],
  ['KABUL, Afghanistan (AP) — Fighters from Pakistan attacked a checkpoint on Sunday, police said.', 'attacked', 'Kabul'],
  ['Migrants from Eritrea were detained by the coast guard on Tuesday.', 'detained', null],
  ['Officials from Moscow visited Pyongyang last week.', 'visited', 'Pyongyang'],
  ['Militants from Somalia kidnapped two aid workers on Wednesday.', 'kidnapped', null],
]);
// the act's own place, a place of the subject after "in", a place the verb leaves, and a desk abroad keep their reading
expectPlaces('the act\'s own place and a subject\'s seat still place it', [
  ['Migrants from Africa were detained in Libya on Tuesday.', 'detained', 'Libya'],
  ['Fighters from Syria attacked a police post in Kirkuk on Wednesday.', 'attacked', 'Kirkuk'],
  ['Police in Nairobi arrested 30 protesters on Tuesday.', 'arrested', 'Nairobi'],
  ['Rebels withdrew from Goma on Tuesday.', 'withdrew', 'Goma'],
  ['NAIROBI, Kenya (AP) — Militants from Somalia attacked a base in southern Somalia on Sunday.', 'attacked', 'Somalia'],
]);
// "A senator from Texas met the Mexican foreign minister": the role took its country from the event's place (its
// origin, before the fix above) and then from the minister it met. A bare role followed by "from" and a region or town
// is that place's country's (resolve/place-actors.ts withOriginPlaces, rule actor:role-from-place); a country or a
// capital after "from" was an actor phrase already (resolve/role-country.ts roleInCountry).
expectCodes('a role from a region or town is of its country', [
  ['A senator from Texas met the Mexican foreign minister in Mexico City on Friday.', 'met', 'USALEG', 'MEXGOV'],
  ['A lawmaker from Bavaria met Chinese officials in Beijing on Friday.', 'met', 'DEULEG', 'CHNGOV'],
  ['Lawmakers from Queensland met Indonesian officials in Jakarta on Thursday.', 'met', 'AUSLEG', 'IDNGOV'],
  ['A senator from Texas met the Mexican foreign minister on Friday.', 'met', 'USALEG', 'MEXGOV'],
]);
// a role in a place, and a role from a country or a capital, keep their reading
expectCodes('a role in a place or from a state keeps its country', [
  ['Police in Texas arrested 12 migrants on Friday.', 'arrested', 'USACOP', undefined],
  ['Officials from Moscow met the Mexican foreign minister on Friday.', 'met', 'RUSGOV', 'MEXGOV'],
  ['Troops from Chad attacked the camp on Sunday.', 'attacked', 'TCDMIL', undefined],
]);

// "overriding opposition from France", "despite objections from Hungary", "under pressure from Washington": the place after
// "from" that follows a noun of a stance taken toward the act names who holds it, as "condemnation from Egypt" does; it
// was the act's place (core/event-place.ts place:reaction-source now also reads resolve/proposer.ts STANCE_NOUNS)
expectPlaces('a stance\'s holder after "from" is no place of the act', [
  ['European Union member states on Friday approved a free trade agreement with the Mercosur bloc, overriding opposition from France.', 'approved', null],
  ['The government released 40 prisoners on Monday under pressure from Washington.', 'released', null],
  ['Lawmakers in Kyiv approved the accord on Tuesday despite objections from Hungary.', 'approved', 'Kyiv'],
]);
// a place the act leaves or is launched from keeps its reading
expectPlaces('a place the act moves from is still its place', [
  ['The army withdrew its troops from Kidal on Tuesday.', 'withdrew', 'Kidal'],
  ['Rockets were fired from Gaza on Tuesday.', 'fired', 'Gaza'],
]);

// "Nearly 200 countries at the summit agreed early on Sunday to a deal", "Dozens of nations backed the resolution":
// "countries" and "nations" counted or taken together were no actor (only "member states" and named blocs were), so
// the act with no one to do it was not coded. They are now a role of governments with no one country (data/actors/
// roles.tsv); "the two countries" with no one named before stays an anaphor no one resolved, and is not coded.
expectAll(code, 'states counted together act as governments', [
  ['Nearly 200 countries at the climate summit agreed early on Sunday to a deal on finance.', ['AGREE countries > null']],
  ['Dozens of countries agreed to a ceasefire on Sunday.', ['AGREE countries > null']],
  ['More than 40 nations rejected the proposal on Tuesday.', ['REJECT nations > null']],
]);
expectNone(code, 'two countries named by no one before are not coded', 'AGREE', ['The two countries agreed on Monday to cut tariffs.']);

// "Hit men killed a journalist": "hit men" was read as the verb "hit" and its object, so the killing had no actor and
// was dropped; hired killers are now a role (data/actors/roles.tsv, CRM as assassins). "Gunmen hit a bus" keeps its verb.
expectAll(code, 'hired killers are a role', [
  ['Hit men killed a journalist in Manila on Monday.', ['ASSAULT Hit men > journalist']],
  ['A hitman shot dead a former mayor in Veracruz on Sunday.', ['ASSAULT hitman > former mayor']],
  ['Two hit men shot a prosecutor outside a court in Guayaquil on Friday.', ['ASSAULT hit men > prosecutor']],
]);
expectAll(code, 'the verb "hit" keeps its reading', [
  ['Gunmen hit a bus in Kabul on Monday.', ['ASSAULT Gunmen > a bus']],
]);
