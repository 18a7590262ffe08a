import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, coderPublishedOn, expectAll as expectCoded, expectNone as expectNoneCoded, T } from './class-fixture.ts';

// Session 23 recall classes: events the coder missed, each on sentences written for this file, with negatives
// that must not change. 13 May 2024 is a Monday.
const code = coderPublishedOn('2024-05-13');
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectCoded(code, name, cases);
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);

// "Police stormed the building and arrested protesters": the participle-conjunct repair reads "the building and
// arrested protesters" as one phrase; a past form whose noun names people, after the object of a verb with a subject,
// is that verb's coordinated act on them (extract/tree-roles/conjunct-act.ts). Places after it stay described.
expectAll('a second act on people after the object of the first', [
  ['Police stormed the building and arrested protesters.', ['COERCE Police > protesters']],
  ['Police surrounded the campus and detained students on Sunday.', ['COERCE Police > students']],
  ['Soldiers shelled the village and killed civilians on Sunday.', ['ASSAULT Soldiers > civilians']],
  ['Riot police blocked the bridge and arrested demonstrators on Saturday.', ['COERCE Riot police > demonstrators']],
]);
for (const [text, participle] of [['Israel struck Gaza and occupied territories.', 'occupied'], ['Aid reached the town and displaced families.', 'displaced'], ['Police raided the office and seized documents.', 'seized']]) {
  test(`a participle describing a place or thing after "and" is no act: ${text}`, T, () => {
    assert.ok(!code(text).some((e) => e.trigger.text.startsWith(participle)), JSON.stringify(code(text).map(brief)));
  });
}
test('a participle before a place still lists it with the object', T, () => {
  const events = code('Troops entered the capital and neighbouring provinces.');
  assert.deepEqual(events.map(brief), ['ASSAULT Troops > the capital and neighbouring provinces']);
});
