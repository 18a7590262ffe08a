import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, coderPublishedOn, expectAll as expectCoded, expectNone as expectNoneCoded, T } from './class-fixture.ts';

// Session 20 recall classes: events the coder missed, each on sentences written for this file, with negatives
// that must not change. 13 May 2024 is a Monday.
const code = coderPublishedOn('2024-05-13');
const briefs = (text: string) => code(text).map(brief);
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectCoded(code, name, cases);

const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);

// "will hand over occupied villages to", "beat up detained students": a participle right after a phrasal verb's
// particle describes the object it opens, as one right after the verb does ("freed kidnapped students"): it stops no
// pattern gap (extract/pattern-trie.ts) and is no act of its own (extract/prenominal-participle.ts)
expectAll('a participle after a verb particle, inside the object', [
  ['Under the truce, the rebels will hand over occupied villages to the army.', ['CONCEDE the rebels > army']],
  ['The militia turned over seized checkpoints to government forces on Sunday.', ['RETREAT The militia > government forces']],
  ['The peacekeepers handed over abandoned bases to the national army last week.', ['RETREAT peacekeepers > national army']],
  ['Soldiers beat up detained students at the checkpoint on Monday.', ['ASSAULT Soldiers > students']],
]);
expectNone('the participle after a particle is no act of its own', 'COERCE', [
  'Soldiers beat up detained students at the checkpoint on Monday.',
  'Soldiers beat up arrested protesters outside the court on Monday.',
]);

// "Reinforcements have arrived in the district": reinforcements are troops (data/actors/roles.tsv), so the arrival is
// forces moved in (MOBILIZE by the argument-senses row of "arrive") with a military actor, named or not
expectAll('reinforcements as the troops they are', [
  ['Reinforcements have arrived in the provincial capital, a police spokesman said.', ['MOBILIZE Reinforcements > null']],
  ['Military reinforcements arrived in the besieged port on Friday.', ['MOBILIZE']],
  ['Police reinforcements were sent to the border town on Monday.', ['MOBILIZE Police reinforcements > null']],
]);
test('reinforcements asked for are no actor nor target', T, () => {
  const got = briefs('The governor called for reinforcements on Monday.');
  assert.ok(!got.some((b) => b.startsWith('MOBILIZE')), JSON.stringify(got));
  assert.ok(!got.some((b) => b.endsWith('> reinforcements')), JSON.stringify(got));
});

// "dismissed the reports, saying reinforcements had arrived": an -ing participle set off by a comma is the speaker's
// own further act, not what the denial answers, wherever the parse hangs it (on the denied noun as `acl`); the act
// it tells is stated (tree-clauses/governed-content.ts)
expectAll('a comma participle after a denial tells, it is not denied', [
  ['The governor dismissed the claims, saying reinforcements had arrived in the district.', ['REJECT The governor > null', 'MOBILIZE reinforcements > null']],
  ['The ministry rejected the reports, saying police had arrested the suspects on Sunday.', ['REJECT', 'COERCE police > the suspects']],
  ['The police chief dismissed the rumours, saying officers had detained three suspects.', ['REJECT', 'COERCE officers > three suspects']],
]);
expectNone('what a refusal refuses stays its content', 'RETREAT', [
  'The government rejected calls for a withdrawal of its troops, saying the region was calm.',
  'The rebels refused to withdraw from the town, saying the army had shelled it.',
]);

// "saw a drone opening fire": a weapon that a participle describes as doing the act ("a drone opening fire", the
// `acl` of the noun) is the act's instrument and names nobody, as when it is the clause's own subject ("a drone opened
// fire"): no thing actor (tree-roles/described-subject.ts), and the weapon verb is read by its base forms, as the
// tagger may lemmatise the -ing word as a noun (tree-roles/instrument-subject.ts)
expectAll('a weapon seen doing the act', [
  ['Residents said they saw a drone opening fire near the port.', ['ASSAULT null > null']],
  ['Two fishermen said they saw a drone opening fire on boats near the harbour.', ['ASSAULT null > boats']],
  ['A bus driver said he saw a drone opening fire on the highway early on Sunday.', ['ASSAULT']],
]);
expectAll('a person seen doing the act stays its actor', [
  ['Residents said they saw gunmen opening fire on the crowd.', ['ASSAULT gunmen > the crowd']],
]);
expectNone('a weapon not seen, or only possibly, does nothing', 'ASSAULT', [
  'Residents said they did not see any drone opening fire.',
  'Residents said they could not see the drone opening fire.',
]);

// "Some threw stones at the officers", "Others set fire to police vans": a quantifier standing alone as the subject
// that opens a clause is part of the group told before (data/lexicon/anaphors.tsv, read in resolve/anaphor-phrases.ts
// whatever tag the word got), so the act has its doers; "Some 300 protesters", "Some say" stay as they were
expectAll('a lone quantifier as the subject of an act', [
  ['Police fired tear gas at the crowd on Monday. Some threw stones at the officers.', ['PROTEST Some > the officers']],
  ['Riot police moved in to clear the square on Saturday. Others set fire to police vans.', ['ASSAULT Others > police']],
  ['Hundreds of students rallied outside the ministry on Tuesday, and some threw stones at riot police.', ['PROTEST some > riot police']],
]);
test('a quantifier before a count or a noun is no anaphor', T, () => {
  assert.deepEqual(briefs('Some 300 protesters were arrested on Monday.'), ['COERCE null > protesters']);
  assert.deepEqual(briefs('Others say the talks will fail.'), []);
});

// "Riot police charged the crowd. Several were arrested, and many were beaten.": an agentless passive in the simple
// past whose subject points back at people the paragraph tells of (a pronoun, "the students", "many of the
// marchers", a lone quantifier) goes on with the scene of the sentence before (an ASSAULT, COERCE or PROTEST trigger
// there), which is its occasion; no date or place
// of its own is needed (core/scene-passive.ts, read in core/dated-events.ts); nobody is guessed as its actor
expectAll('an agentless passive going on with the paragraph\'s scene', [
  ['Riot police charged the crowd on Sunday. Several were arrested, and many were beaten.', ['COERCE null > Several', 'ASSAULT null > many']],
  ['Riot police used batons to break up the sit-in outside the ministry. Many of the marchers were kicked or beaten as they were arrested.', ['COERCE null > they']],
  ['Police stormed the university campus. The students were detained and taken to a police station.', ['COERCE null > students']],
]);
test('a passive in a new paragraph, in the present perfect, after no scene, or with no one pointed back at needs a date or place', T, () => {
  const newParagraph = briefs('Police fired tear gas at the crowd.\n\nThe protesters were arrested.');
  assert.ok(!newParagraph.some((b) => b.startsWith('COERCE')), JSON.stringify(newParagraph));
  const perfect = briefs('Police raided the offices of the newspaper. Its editors have been detained several times.');
  assert.ok(!perfect.some((b) => b.startsWith('COERCE null')), JSON.stringify(perfect));
  const noScene = briefs('The company reported record profits. The workers were fired.');
  assert.deepEqual(noScene, [], 'a report of profits sets no scene');
  const undefinite = briefs('Police fired tear gas at the crowd. Protesters were arrested.');
  assert.ok(!undefinite.some((b) => b.startsWith('COERCE')), JSON.stringify(undefinite));
});

// "ordered the release of 40 students": the release noun frees the people the release verb frees (nouns.tsv); they
// are its target, as the verb's object is (session 26: extract/pattern-own-roles.ts ownOfUndergoers)
expectAll('a release of people the verb row frees', [
  ['A court in the capital ordered the release of 40 students on Monday.', ['RETREAT court > students']],
  ['The judge ordered the release of the opposition leader on Monday.', ['RETREAT The judge > the opposition leader']],
]);
expectNone('a release asked for is its content', 'RETREAT', [
  'Protesters called for the release of the detained students.',
]);

// "rejected demands that its troops withdraw": a that-clause on a noun is what the noun reports ("claims that its
// troops withdrew", told and denied), unless its verb is in the mood of a demand (a bare base form, or "should"):
// then it is what was asked, the refusal's content (tree-clauses/governed-content.ts)
expectNone('what a rejected demand asks has not happened', 'RETREAT', [
  'Kyiv rejected demands that its troops withdraw from the region.',
  'The militia rejected calls that it withdraw its fighters from the port.',
  'Moscow rejected a proposal that its forces should pull back from the plant.',
]);
expectAll('what a denied claim tells is still told', [
  ['The army rejected claims that its troops withdrew from the town.', ['REJECT', 'RETREAT its troops > null']],
  ['The army rejected reports that soldiers had shelled the village.', ['REJECT', 'ASSAULT soldiers > the village']],
]);
