import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coderPublishedOn, find, T } from './class-fixture.ts';

// Place classes of session 21, on sentences written for this file, with negatives that must not change.
const code = coderPublishedOn('2025-06-12');

// A name joined by a hyphen to a lower-case word (resolve/compound-modifier.ts): "Moscow-annexed", "Kremlin-backed",
// "Beijing-ruled", "Gaza-bound" make an adjective that says who holds or backs the thing after it, or where it goes; the
// name is no place of the act, and the place after the adjective is
const HELD_PLACE: Array<[string, string, string]> = [
  ['Police arrested three activists in Moscow-annexed Crimea on Monday.', 'arrested', 'Crimea'],
  ['Police detained two journalists in Beijing-ruled Hong Kong on Monday.', 'detained', 'Hong Kong'],
  ['Gunmen killed a teacher in Moscow-occupied Kherson on Tuesday.', 'killed', 'Kherson'],
  ['Troops shelled a village in Damascus-held Idlib on Tuesday.', 'shelled', 'Idlib'],
  ['Police arrested three activists in Moscow-friendly Belarus on Monday.', 'arrested', 'Belarus'],
];
for (const [text, trigger, name] of HELD_PLACE) {
  test(`a holder's name joined to an adjective is no place: ${text}`, T, () => assert.equal(find(code(text), trigger).location?.text, name));
}
const BACKED_ACTOR: Array<[string, string, string]> = [
  // [text, trigger, the name that is no place]
  ['Ukrainian troops attacked Moscow-backed separatists on Tuesday.', 'attacked', 'Moscow'],
  ['Police arrested a Moscow-based journalist on Monday.', 'arrested', 'Moscow'],
  ['Israeli troops stopped a Gaza-bound aid ship on Monday.', 'stopped', 'Gaza'],
];
for (const [text, trigger, name] of BACKED_ACTOR) {
  test(`a backer's or base's name joined to an adjective is no place: ${text}`, T, () => {
    const act = find(code(text), trigger);
    assert.notEqual(act.location?.text, name);
  });
}
test('the backed group is the target, not its backer', T, () => {
  assert.equal(find(code('Ukrainian troops attacked Moscow-backed separatists on Tuesday.'), 'attacked').target?.text, 'separatists');
});
const HYPHENATED_NAMES: Array<[string, string, string]> = [
  // a lower-case word inside a hyphenated name, or a town before the adjective's noun, stays
  ['Police arrested protesters in Rostov-on-Don on Monday.', 'arrested', 'Rostov-on-Don'],
  ['Haitian police arrested gang members in Port-au-Prince on Monday.', 'arrested', 'Port-au-Prince'],
  ['Airstrikes hit a depot in Houthi-controlled Sanaa on Tuesday.', 'hit', 'Sanaa'],
];
for (const [text, trigger, name] of HYPHENATED_NAMES) {
  test(`a hyphenated name stays a place: ${text}`, T, () => assert.equal(find(code(text), trigger).location?.text, name));
}
