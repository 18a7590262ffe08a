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
