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
