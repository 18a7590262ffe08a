import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, coderPublishedOn, expectAll as expectCoded, T } from './class-fixture.ts';

// Session 22 recall classes: events the coder missed, each on sentences written for this file, with negatives
// that must not change. 13 May 2024 is a Monday.
const code = coderPublishedOn('2024-05-13');
const briefs = (text: string) => code(text).map(brief);
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectCoded(code, name, cases);

/** No text codes an event of `type`. */
function expectNone(name: string, type: string, texts: readonly string[]): void {
  for (const text of texts) {
    test(`${name}: ${text}`, T, () => {
      const got = briefs(text);
      assert.ok(!got.some((b) => b.startsWith(`${type} `)), `no ${type} expected in ${JSON.stringify(got)}`);
    });
  }
}

// "used live bullets against", "used batons and tear gas on": live bullets are live ammunition (data/patterns/verbs.tsv
// use|employ * live ammunition|round|fire|bullet rows); inside a `*` gap "and" before the pattern's own next word joins
// the objects whatever the tagger made of that word ("tear" read as a verb: extract/pattern-trie.ts joinsPatternWord)
expectAll('riot weapons used against a crowd', [
  ['Police used live bullets against demonstrators in the capital on Sunday.', ['ASSAULT Police > demonstrators']],
  ['Soldiers used live bullets to disperse the march on Monday.', ['ASSAULT']],
  ['Security forces used batons and tear gas on the crowd.', ['ASSAULT Security forces > the crowd']],
  ['Riot police used clubs and tear gas against the marchers.', ['ASSAULT Riot police > the marchers']],
  ['Police fired rubber bullets and tear gas at the protesters.', ['ASSAULT Police > protesters']],
]);
expectNone('live bullets with no one they are used on', 'ASSAULT', [
  'Hunters used live bullets in the exercise.',
  'The cadets used blanks and tear down the targets on Monday.',
]);
