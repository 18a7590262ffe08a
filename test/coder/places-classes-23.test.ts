import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coderPublishedOn, find, T } from './class-fixture.ts';

// Place classes of session 23, on sentences written for this file, with negatives that must not change.
const code = coderPublishedOn('2026-12-04');

// A town named only by one of its bodies ("Kano police", "Istanbul prosecutors": resolve/town-bodies.ts) is an
// antecedent of a later "the city" / "the port city" (resolve/place-anaphors.ts), though no place of its own: the act
// "in the city" is in that town, not at the dateline's nor at a town the story names later
const CITY_OF_TOWN_BODY: Array<[string, string, string, string]> = [
  // [text, trigger, town, country]
  ['LAGOS, Nigeria (AP) — Kano police arrested 30 people on Monday after clashes between rival gangs in the northern city, a spokesman said.', 'arrested', 'Kano', 'NGA'],
  ['Kaduna police said gunmen had kidnapped 15 students in the city on Sunday.', 'kidnapped', 'Kaduna', 'NGA'],
  ['Istanbul prosecutors said police had detained 25 students at a protest in the city on Friday.', 'detained', 'Istanbul', 'TUR'],
  ['Karachi police said gunmen shot dead two traders in the port city on Tuesday.', 'shot', 'Karachi', 'PAK'],
  ['Kano police arrested 30 people on Monday after clashes in the northern city, a spokesman said.\n\nLagos police said they had detained 12 men.\n\nPolice in Kaduna dispersed protesters with tear gas on Tuesday.', 'arrested', 'Kano', 'NGA'],
];
for (const [text, trigger, town, country] of CITY_OF_TOWN_BODY) {
  test(`"the city" after a town's body is that town: ${text.slice(0, 70)}`, T, () => {
    const where = find(code(text), trigger).location;
    assert.equal(where?.name, town);
    assert.equal(where?.country, country);
  });
}
// unchanged: a named town after "the city of" is that town; "the city" with no town before is none; a body's own act
const TOWN_BODY_NEGATIVES: Array<[string, string, string | null]> = [
  ['Kano police arrested 12 men in the city of Kaduna on Monday.', 'arrested', 'Kaduna'],
  ['Police said gunmen kidnapped 15 students in the city on Sunday.', 'kidnapped', null],
  ['Moscow police detained 30 protesters on Saturday.', 'detained', 'Moscow'],
];
for (const [text, trigger, town] of TOWN_BODY_NEGATIVES) {
  test(`a town body's town stays out where another place decides: ${text}`, T, () => assert.equal(find(code(text), trigger).location?.name ?? null, town));
}

// A lead that lists towns ("in Istanbul and Izmir") has no one town of the story (resolve/story-place.ts): a district or
// town named later is the place of its own act, not of the lead's; and a list of towns is no one town or district of it,
// so the two acts are not one (core/places-fit.ts placesFit)
const LISTED_LEAD: Array<[string, string, string]> = [
  // [text, the lead's list, the later act's place]
  ['ISTANBUL (AP) — Turkish police detained more than 200 people in Istanbul and Izmir on Sunday as protests spread, officials said.\n\nIn Istanbul, police detained 98 people in Beşiktaş after students clashed with riot officers, the governor\'s office said.', 'Istanbul and Izmir', 'Beşiktaş'],
  ['NAIROBI, Kenya (AP) — Kenyan police arrested 150 protesters in Nairobi and Mombasa on Tuesday during demonstrations against new taxes, officials said.\n\nPolice arrested 60 people in Kibera after youths set fire to tires, a police commander said.', 'Nairobi and Mombasa', 'Kibera'],
  ['Russian police detained more than 300 people in Moscow and St. Petersburg on Sunday at rallies in support of the jailed opposition leader, a monitoring group said.\n\nPolice detained 120 people in Moscow, the group said.', 'Moscow and St. Petersburg', 'Moscow'],
];
for (const [text, list, later] of LISTED_LEAD) {
  test(`a lead's list of towns stays the lead act's place, apart from a later act in one of them: ${text.slice(0, 60)}`, T, () => {
    const places = code(text).filter((e) => e.type === 'COERCE').map((e) => e.location?.text);
    assert.deepEqual(places, [list, later]);
  });
}
// unchanged: one town's two tellings of one act stay one
test('two tellings of one arrest in one town are one event', T, () => {
  const events = code('Police arrested 40 protesters in Nairobi on Tuesday.\n\nThe 40 protesters were arrested in Nairobi after they blocked a highway, police said.');
  assert.equal(events.filter((e) => e.type === 'COERCE').length, 1);
});

// "the Causeway Bay shopping district of Hong Kong": a lower-case modifier between a part's name and its noun keeps the
// name on the noun's phrase (resolve/place-attachment.ts), so the part, not the whole after "of", is the place
const PART_WITH_MODIFIER: Array<[string, string, string]> = [
  ['Police detained 20 activists in the Causeway Bay shopping district of Hong Kong on Monday.', 'detained', 'Causeway Bay'],
  ['Riot police fired tear gas at students in the Besiktas waterfront district of Istanbul on Sunday.', 'fired', 'Besiktas'],
  ['Police fired tear gas at protesters in the Kibera slum area of Nairobi on Monday.', 'fired', 'Kibera'],
  // unchanged: no modifier; no part named
  ['Police arrested 40 protesters in the Mong Kok area of Hong Kong on Tuesday.', 'arrested', 'Mong Kok'],
  ['Police arrested 40 protesters in the shopping district of Hong Kong on Tuesday.', 'arrested', 'Hong Kong'],
];
for (const [text, trigger, name] of PART_WITH_MODIFIER) {
  test(`a part named before a modified noun is the place: ${text}`, T, () => assert.equal(find(code(text), trigger).location?.text, name));
}

// Coordinated dates fronted before the act ("On Saturday and Sunday, jets struck ..."): the date nearest before the
// trigger takes the dates joined to it, an event on each (core/attach.ts datesFor), as they do after it
const FRONTED_COORDINATED_DATES: Array<[string, string, string, string[]]> = [
  // [text, published, trigger, dates]
  ['On Monday and Tuesday, Russian drones hit power stations in Kharkiv.', '2025-06-12', 'hit', ['2025-06-09', '2025-06-10']],
  ['On June 3 and June 5, protesters rallied outside parliament in Nairobi.', '2025-06-12', 'rallied', ['2025-06-03', '2025-06-05']],
  ['On Friday and Saturday, police detained dozens of students in Belgrade.', '2025-06-16', 'detained', ['2025-06-13', '2025-06-14']],
  // unchanged: one fronted date; a possessive date; two dates of two clauses
  ['On Friday, police detained dozens of students in Belgrade.', '2025-06-16', 'detained', ['2025-06-13']],
  ["Monday's strike on Kherson killed four people.", '2025-06-12', 'strike', ['2025-06-09']],
  ['On Friday, police arrested 12 protesters in Lagos and on Saturday they freed them.', '2025-06-12', 'arrested', ['2025-06-06']],
];
for (const [text, published, trigger, dates] of FRONTED_COORDINATED_DATES) {
  test(`fronted coordinated dates date an event each: ${text}`, T, () => {
    const events = code(text, published).filter((e) => e.trigger.text.startsWith(trigger));
    assert.deepEqual(events.map((e) => e.date?.value).sort(), dates);
  });
}

// "the Somali town of Balad": a people's word before the place noun names the town's country (resolve/people-place-noun.ts):
// only its readings there count (not Iraq's Balad), and a name with none there, or none at all, is still that country's town
const PEOPLES_TOWN: Array<[string, string, string]> = [
  // [text, trigger, country]
  ['Al-Shabaab fighters attacked a military base near the Somali town of Balad on Wednesday.', 'attacked', 'SOM'],
  ['Gunmen killed five people in the Nigerian town of Bama on Monday.', 'killed', 'NGA'],
  ['Turkish drones struck the Syrian town of Qamishli on Sunday.', 'struck', 'SYR'],
  ['Police arrested 20 men in the Mexican city of Leon on Thursday.', 'arrested', 'MEX'],
  // unchanged: the people's own town; no people's word
  ['Protesters rallied in the Georgian city of Batumi on Friday.', 'rallied', 'GEO'],
  ['Gunmen killed five people in the town of Bama in Borno state on Monday.', 'killed', 'NGA'],
];
for (const [text, trigger, country] of PEOPLES_TOWN) {
  test(`a people's word before "town of" names the town's country: ${text}`, T, () => assert.equal(find(code(text), trigger).location?.country, country));
}
test("the Somali town's attack targets Somalia's forces, not Iraq's", T, () => {
  const e = find(code('Al-Shabaab fighters attacked a military base near the Somali town of Balad on Wednesday.'), 'attacked');
  assert.equal(e.target?.code, 'SOMMIL');
});
