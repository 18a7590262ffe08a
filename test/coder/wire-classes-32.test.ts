import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, coderPublishedOn, expectAll as expectCoded, expectNone as expectNoneCoded, T } from './class-fixture.ts';

// Session 32 wire classes: errors found coding ten wire articles of genres the coder had not seen (a missile test, a
// veto, an assassination, fuel riots, a rights report, a state visit, a cyberattack, a referendum boycott, a militia
// massacre, a hunger strike), each class on sentences written for this file, with negatives. 9 June 2026 is a Tuesday.
const code = coderPublishedOn('2026-06-09');
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectCoded(code, name, cases);
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);

// "It urged the bloc to act ...": an article whose first word is "It" has no sentence before it for the told-act check
// (core/part-of-told-act.ts) to look back into; the look-back read the token before the first one and the whole
// article failed to code.
for (const text of [
  'It urged the African Union and the United Nations to support an inquiry and called on the junta to step aside.',
  'It has disrupted shipping in the Red Sea and killed three sailors, the navy said.',
  'It accused the government of rigging the vote and threatened to boycott parliament, a spokesman said.',
]) {
  test(`an article opening with "It" codes: ${text}`, T, () => {
    assert.doesNotThrow(() => code(text));
  });
}
test('a sentence-opening "it" after a definite act noun still takes that act up', T, () => {
  const events = code('The campaign of strikes began in November. It has disrupted shipping and killed three sailors.');
  assert.ok(events.every((e) => e.actor?.text !== 'It'), JSON.stringify(events.map(brief)));
});
