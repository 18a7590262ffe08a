import { brief, coderPublishedOn, expectAll as expectCoded, expectNone as expectNoneCoded, T } from './class-fixture.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';

// Session 33 recall classes: events the coder missed, each on sentences written for this file, with negatives
// that must not change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectCoded(code, name, cases);
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);

// "Thousands of people fled after the army shelled their villages": the parse read "fled" as a reduced relative of
// "people" with "after the army" its oblique, and "shelled" as the root with "Thousands" its subject, so the shelling
// was the fleeing people's act (dropped, no political participant). A past form of a verb of flight or unrest
// (subject-act-verbs.tsv) with no object is the predicate (tree-repair/predicate-read-as-relative.ts).
expectAll('the predicate read as a relative of its subject, before a subordinate clause', [
  ['Thousands of people fled after the army shelled their villages on Sunday.', ['ASSAULT army > their villages']],
  ['Hundreds of families fled after the militia burned their homes on Friday.', ['ASSAULT the militia > their homes']],
  ['Thousands of civilians fled as government troops bombed their neighborhoods on Tuesday.', ['ASSAULT government troops > their neighborhoods']],
]);
expectAll('a subordinate clause after a predicate the parse read right stays', [
  ['Many residents fled after the army shelled the town on Sunday.', ['ASSAULT army > the town']],
  ['Scores of villagers fled after soldiers attacked the market on Sunday.', ['ASSAULT soldiers > the market']],
  ['Thousands of students marched through Dhaka after police shot a protester on Monday.', ['PROTEST students > null', 'ASSAULT police > protester']],
]);
test('the fleeing people are never the shelling\'s side', T, () => {
  const got = code('Thousands of people fled after the army shelled their villages on Sunday.').map(brief);
  assert.ok(!got.some((b) => b.startsWith('ASSAULT people') || b.startsWith('ASSAULT Thousands')), JSON.stringify(got));
});
