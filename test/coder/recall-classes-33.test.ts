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

// "put the blame on the rebels for the attack", "pinned the blame on Islamic State for the bombing": the act charged after
// the party's "for" was not looked for (only inside the row's words, "laid the blame for the ambush on"), and "the
// attack" alone was a definite mention of nothing told (dropped). The act after a short party phrase's "for" is nested in
// the accusation (extract/triggers.ts chargeAfterParty), so its actor is the party blamed and it is alleged, as in
// "blamed India for the attack"; a verb whose object is "blame" anchors the act it blames for (core/unreported-act.ts).
expectAll('an act blamed on a party after "for"', [
  ['Authorities put the blame on the rebels for the attack.', ['ACCUSE Authorities > the rebels', 'ASSAULT the rebels > null']],
  ['The army put the blame on Baloch separatists for the attack on the train.', ['ACCUSE army > separatists', 'ASSAULT separatists > the train']],
  ['Officials pinned the blame on Islamic State for the bombing of the mosque.', ['ACCUSE Officials > Islamic State', 'ASSAULT Islamic State > the mosque']],
  ['Kenyan police placed the blame on al-Shabab for the ambush near the border.', ['ACCUSE Kenyan police > al-Shabab', 'ASSAULT al-Shabab > null']],
  ['The government put the blame on separatists for the blast that killed nine people.', ['ACCUSE government > separatists', 'ASSAULT separatists > people']],
]);
test('the act blamed after "for" is alleged, and never the accuser\'s', T, () => {
  const events = code('Authorities put the blame on the rebels for the attack.');
  const attack = events.filter((e) => e.type === 'ASSAULT');
  assert.equal(attack.length, 1, JSON.stringify(events.map(brief)));
  assert.equal(attack[0].provenance.certainty, 'alleged');
  const blast = code('The government put the blame on separatists for the blast that killed nine people.').map(brief);
  assert.ok(!blast.includes('ASSAULT government > people'), JSON.stringify(blast));
});
expectNone('a cause blamed that is no act is no event', 'ASSAULT', [
  'The minister put the blame on the weather for the delays.',
  'The coach put the blame on the referee for the defeat.',
]);

// "The rebels warned that they would attack the city": a warning of the speaker's own hostile act is the threat (PLOVER
// THREATEN: "coercive or forceful warnings"; core/speech-acts.ts), but a speaker described by a definite noun phrase
// that refers back to no one named before ("The rebels") was not the same actor as its own pronoun ("they"), so the act
// was a third party's forecast and dropped. A pronoun whose antecedent is the speaker's phrase is the speaker. And
// "warned they would attack": the content's own subject, read by the warn row as the addressee, is no target.
// A warning about another's act stays a forecast (manual: the speaker must be the one to act).
expectAll('a warning of the speaker\'s own attack', [
  ['The rebels warned that they would attack the city.', ['THREATEN The rebels > null']],
  ['The rebels warned that they would shell the city.', ['THREATEN The rebels > null']],
  ['The rebels warned on Monday that they would attack the city.', ['THREATEN The rebels > null']],
  ['The militia warned it would attack the town.', ['THREATEN The militia > null']],
  ['Separatist fighters warned they would shell the airport.', ['THREATEN Separatist fighters > null']],
]);
expectAll('a warning addressed to a party keeps its addressee', [
  ['The United States warned Iran that it would strike its nuclear sites.', ['THREATEN United States > Iran']],
  ['Iran warned Israel it would respond to any attack.', ['THREATEN Iran > Israel']],
]);
expectNone('a warning of another\'s act is no threat', 'THREATEN', [
  'The UN warned that Israel could attack Rafah.',
  'Aid groups warned that militias would attack the camps.',
]);

// "Poland invoked Article 4 of the NATO treaty": a member that invokes NATO's Article 4 asks its allies to consult, an
// appeal to meet (CAMEO 026, PLOVER REQUEST; the consultations are still to come, as in "requested an emergency meeting
// of the Security Council"). The coder had only "treaty" (a signing, SUPPORT) or the consultations as held, with no one
// holding them. A data row (verbs.tsv invoke|trigger|activate * article 4); the consultations are its content.
expectAll('a member invoking NATO\'s Article 4', [
  ['Poland invoked Article 4 of the NATO treaty on Wednesday after drones entered its airspace.', ['REQUEST Poland > NATO']],
  ['Estonia triggered Article 4 consultations with its NATO allies on Thursday.', ['REQUEST Estonia > NATO']],
  ['Lithuania invoked NATO\'s Article 4 on Friday.', ['REQUEST Lithuania > NATO']],
]);
expectNone('the treaty named in the invocation is no signing', 'SUPPORT', [
  'Poland invoked Article 4 of the NATO treaty on Wednesday after drones entered its airspace.',
]);
expectNone('the consultations asked for are not held', 'CONSULT', [
  'Estonia triggered Article 4 consultations with its NATO allies on Thursday.',
]);
expectNone('an article of a law invoked in court is no appeal to meet', 'REQUEST', [
  'The lawyers invoked Article 4 of the constitution in court on Monday.',
]);
