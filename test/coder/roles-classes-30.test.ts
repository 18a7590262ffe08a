import { brief, coderPublishedOn, expectAll as expectCoded, expectNone as expectNoneCoded, find, T } from './class-fixture.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';

// Session 30 roles classes: who did it to whom, on sentences written for this file, with negatives that must not
// change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectCoded(code, name, cases);
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);
void expectNone;

// "Algeria recalled its ambassador from Mali": the subject's own ambassador, posted in Mali, was the target coded as
// Mali's government. "From" names the post the envoy leaves as "to" does (data/lexicon/clause-cues.tsv group "posted",
// extract/tree-roles/envoy-post.ts): the post is the target, with the host government's code the resolver gave.
expectAll('an envoy recalled from a post targets the host', [
  ['Algeria recalled its ambassador from Mali on Monday.', ['SANCTION Algeria > Mali']],
  ['Morocco recalled its envoy from Algeria on Sunday after the border incident.', ['SANCTION Morocco > Algeria']],
  ['Benin withdrew its diplomats from Niger on Tuesday.', ['SANCTION Benin > Niger']],
]);
test('the host of a recalled envoy keeps the government code', T, () => {
  assert.equal(find(code('Algeria recalled its ambassador from Mali on Monday.'), 'recalled').target?.code, 'MLIGOV');
  assert.equal(find(code('France recalled its ambassador from Niamey on Monday.'), 'recalled').target?.code, 'NERGOV');
});
expectAll('an envoy of the other side or posted "to" stays as it was', [
  ['Mali expelled the French ambassador on Monday.', ['SANCTION Mali > French ambassador']],
  ['Israel recalled its envoy to Ireland on Wednesday.', ['SANCTION Israel > Ireland']],
  ['The French ambassador to Niger met the junta leader on Monday.', ['CONSULT French ambassador > the junta leader']],
]);
void brief;
