import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coderPublishedOn, expectPlaceNames, find, T } from './class-fixture.ts';

// Session 46 classes of places found on conflict wire copy of new genres (a bombing in Mogadishu's Hodan district,
// arrests in "the Dayniile and Kaaraan districts", army operations in "the Gimbi and Nejo districts of West Wollega",
// "the Buleda and Tump areas of Kech", a mayor shot dead in Uruapan, the Bannu cantonment), each on sentences written
// for this file, with negatives that must not change. Default publication: Monday 9 June 2025.
const code = coderPublishedOn('2025-06-09');

// "in the Dayniile and Kaaraan districts": names listed before a plural place noun were no places (only "the districts
// of A and B" named them), so the act took the dateline or none. Each name of such a list is a place by the noun
// (src/resolve/named-places.ts listedAfter); the first is the act's, as the nearest.
expectPlaceNames(code, 'names listed before a plural place noun are places', [
  ['Police arrested 17 men in the Wadajir and Hawl Wadag districts on Friday.', 'arrested', 'Wadajir'],
  ['Gunmen abducted nine traders in the Bakassi and Mafa areas on Sunday.', 'abducted', 'Bakassi'],
  ['Soldiers detained 30 youths in the Kaaran and Shibis districts on Tuesday.', 'detained', 'Kaaran'],
]);
// negatives: a plural noun after a single name lists nothing; a people's word before "town of" describes the town
expectPlaceNames(code, 'a single name before a plural noun, or a description, names no listed part', [
  ['Militants attacked police posts in the Wollega zones on Sunday.', 'attacked', null],
  ['Gunmen killed five people in the Kenyan town of Mandera on Sunday.', 'killed', 'Mandera'],
]);

// "the Gimbi and Nejo districts of West Wollega", "the Tawila and Dobo areas of North Darfur": parts named before their
// noun and "of" are where the act was, the whole only holds them (core/attach.ts namedPart); listed, the place keeps
// the parts' words with the whole's name (core/listed-places.ts), and the "of" name is no part named by the noun
// (resolve/named-places.ts namedPartBefore). Before, the whole alone was the place's text.
const LISTED_PARTS_OF_WHOLE: Array<[string, string, string, string]> = [
  ['Troops killed 11 rebels in the Tawila and Dobo areas of North Darfur on Saturday.', 'killed', 'Tawila', 'Northern Darfur'],
  ['Soldiers raided homes in the Gardez and Zurmat districts of Paktia province on Tuesday.', 'raided', 'Gardez', 'Paktia'],
  ['Gunmen burned 30 houses in the Mafa and Dikwa districts of Borno state on Sunday.', 'burned', 'Mafa', 'Borno State'],
];
for (const [text, trigger, part, whole] of LISTED_PARTS_OF_WHOLE) {
  test(`parts listed before their noun name the place with their whole: ${text}`, T, () => {
    const where = find(code(text), trigger).location;
    assert.ok(where?.text.startsWith(part), JSON.stringify(where));
    assert.equal(where?.name, whole);
  });
}
// negative: one part named alone before its noun and "of" stays the place by itself
expectPlaceNames(code, "one part before its noun and 'of' is the place", [
  ['Police arrested 30 people in the Kech district of Balochistan on Monday.', 'arrested', 'Kech'],
]);

// "into the wall of the Bannu cantonment in northwest Pakistan", "the Zhob garrison": a military post named by its town
// took the town only after a verb, "on" or "against", and only a town of 100,000 (Bannu has 50,000), so the act took
// the country. Before a post's noun any preposition will do, and a town of 20,000; the post's noun carries the town's
// phrase to the act (resolve/city-names.ts FACILITY_TOWN_POPULATION, resolve/place-attachment.ts PLACE_NOUNS;
// "garrison", "airbase" join data/lexicon/site-nouns.tsv).
expectPlaceNames(code, 'the town naming a military post is the place, however small', [
  ['Militants attacked the Bannu cantonment on Tuesday.', 'attacked', 'Bannu'],
  ['Gunmen opened fire at the gate of the Zhob garrison in southwest Pakistan on Friday.', 'opened', 'Zhob'],
  ['Insurgents fired mortars at the Kohat cantonment in northwest Pakistan on Sunday.', 'fired', 'Kohat'],
]);
// negatives: the noun alone names no town; a hamlet's name before a building is no town
expectPlaceNames(code, 'a post with no town, or a building named otherwise, is no town', [
  ['Militants attacked the garrison on Tuesday.', 'attacked', null],
  ['Protesters gathered outside the Congress building on Tuesday.', 'gathered', 'the Congress building'],
]);

// "shot dead the mayor of Uruapan in the western state of Michoacan": the town of an official is part of the target,
// so the act took the state. An act on a town's official lands in that town; a region or country holding the town,
// the only place stated, says which town (core/event-place.ts holdsTown).
expectPlaceNames(code, "an act on a town's official is in that town, its region only qualifies it", [
  ['Gunmen killed the mayor of Celaya in the central state of Guanajuato on Sunday.', 'killed', 'Celaya'],
  ['Police arrested the mayor of Istanbul on Wednesday.', 'arrested', 'Istanbul'],
  ['Hitmen killed the mayor of Irapuato in the state of Guanajuato on Friday.', 'killed', 'Irapuato'],
  ['Gunmen kidnapped the mayor of Cucuta in the northeastern department of Norte de Santander on Friday.', 'kidnapped', 'Cúcuta'],
]);
// negatives: a town the sentence states for the act is where it was; a country qualifying the town already said which
expectPlaceNames(code, "a stated town beats the official's", [
  ['Gunmen shot dead the mayor of Uruapan in Mexico on Saturday.', 'shot', 'Uruapan'],
  ['Gunmen shot dead the mayor of Uruapan at a festival in Morelia on Saturday.', 'shot', 'Morelia'],
]);

// "queuing outside a military recruitment centre in Mogadishu's Hodan district": a district after a city's possessive
// was a region, less precise than the city, and stood after no "in", so the story's opening took the city. A district a
// city owns is a quarter of it, as precise as a town, where the city stands (resolve/named-places.ts cityOwning).
expectPlaceNames(code, "a district a city owns is the place", [
  ['A suicide bomber blew himself up among recruits queuing outside an army camp in Mogadishu\'s Wadajir district on Sunday, killing nine people.', 'blew', 'Wadajir'],
  ['Militants firing from cars outside a police station in Kabul\'s Shahr-e-Naw district on Monday killed four officers.', 'killed', 'Shahr-e-Naw'],
  ['Snipers firing at a crowd gathered outside a bakery in Khartoum\'s Kalakla district on Friday killed three people.', 'killed', 'Kalakla'],
]);
// negative: a region's district stays a division, and the city alone stays the place
expectPlaceNames(code, "a region's district, or a city alone, is unchanged", [
  ['Troops killed 12 rebels in Borno\'s Gwoza district on Friday.', 'killed', 'Gwoza'],
  ['Police arrested 12 people in Kabul on Monday.', 'arrested', 'Kabul'],
]);
