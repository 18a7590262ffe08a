import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coderPublishedOn, expectAll as expectCoded, expectNone as expectNoneCoded, find, T } from './class-fixture.ts';

// Session 29 recall classes: events the coder missed, each on sentences written for this file, with negatives
// that must not change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectCoded(code, name, cases);
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);

// "The move drew condemnation from Damascus": after "from", a capital standing for its state was read as where from
// ("flew in from Moscow"); after a noun of a statement or reaction it names who made it, as after an offer
// (resolve/actor-phrases.ts with knowledge/act-nouns.ts). "closed its border, a move that drew criticism from the EU":
// the noun set beside the clause sums it up; the reaction is aimed at the clause's subject (tree-roles/drawn-reaction.ts)
// and the clause's object window ends at its comma (extract/comma-aside.ts).
expectAll('a reaction from a capital', [
  ['The decision drew swift condemnation from Washington on Tuesday.', ['ACCUSE Washington > null']],
  ['The new tariffs drew sharp criticism from Beijing on Monday.', ['ACCUSE Beijing > null']],
  ['The vote prompted a stern rebuke from Moscow on Sunday.', ['ACCUSE Moscow > null']],
]);
expectAll('a move that drew a reaction', [
  ['Israel annexed the area in 1981, a move that drew condemnation from Syria.', ['COERCE Israel > the area', 'ACCUSE Syria > Israel']],
  ['Turkey closed its border with Armenia on Monday, a move that drew criticism from the European Union.', ['ACCUSE European Union > Turkey']],
  ['Hungary expelled two Ukrainian diplomats on Friday, a step that drew a rebuke from Kyiv.', ['ACCUSE Kyiv > Hungary']],
]);
expectNone('a capital after "from" that names where from stays a place', 'ACCUSE', [
  'The foreign minister flew in from Moscow on Tuesday.',
]);
test('a capital someone came from is no participant', T, () => {
  const e = find(code('Militants fired rockets from Gaza at Israeli towns on Monday.'), 'fired');
  assert.notEqual(e.actor?.text, 'Gaza');
});

// "signed a decree imposing sanctions on officials", "issued an order banning protests": an -ing participle after a
// document that enacts what it says (clause-cues.tsv enacting-document) was read as a description of the document
// (tree-clauses/description.ts) or the parse hung the document as a compound of the noun after the participle
// (tree-repair/enacting-document.ts). The content is the act of whoever signs or issues the document, never the
// document's own (tree-roles/described-subject.ts). "banned protests": the sense row for a state "protesting" applies
// to a protest trigger only (argument-senses.tsv).
expectAll('what a signed document enacts', [
  ['President Putin signed a decree imposing sanctions on Western officials on Friday.', ['SANCTION President Putin > Western officials']],
  ['President Trump signed an executive order imposing sanctions on Venezuelan officials on Monday.', ['SANCTION President Trump > Venezuelan officials']],
  ['The military governor issued an order banning protests in the capital on Friday.', ['COERCE']],
  ['The junta issued a decree dissolving all political parties on Sunday.', ['COERCE junta > political parties']],
]);
expectNone('a ban on protests is no protest nor a complaint', 'ACCUSE', [
  'The military governor issued an order banning protests in the capital on Friday.',
  'The governor banned protests in the capital on Friday.',
]);
expectNone('a document that only describes stays no act', 'SANCTION', [
  'Reporters read a decree describing sanctions imposed in 2019.',
]);
test('a state protesting still complains', T, () => {
  assert.equal(find(code('China protested the visit on Monday.'), 'protested').type, 'ACCUSE');
});

// "killed two gunmen during a firefight with militants": a fight between two sides (mutual-fight-nouns.tsv) names one
// ("with militants"); the clause it times or is the setting of is the other side's, its subject the noun's actor
// (extract/noun-roles.ts, timing-clause.ts FIGHT_SETTING), also where the parse hung the timing phrase on the verb's
// object ("freed two hostages after a gun battle with the kidnappers").
expectAll('a fight with one side, the clause subject the other', [
  ['Soldiers killed two gunmen during a firefight with militants in Kashmir on Monday.', ['ASSAULT Soldiers > militants']],
  ['Troops freed two hostages after a gun battle with the kidnappers in Zamfara on Sunday.', ['ASSAULT Troops > kidnappers']],
  ['The army lost four soldiers in a firefight with rebels near the border on Friday.', ['ASSAULT army > rebels']],
]);
test('an attack that times a clause is not the subject\'s own', T, () => {
  const events = code('Militants stormed a base on Sunday. After an attack on a second base, the army deployed troops to the border on Monday.');
  assert.ok(!events.some((e) => e.type === 'ASSAULT' && e.actor?.text === 'army'), JSON.stringify(events.map((e) => [e.type, e.actor?.text])));
});

// "A bombing blamed on the PKK killed three soldiers": a participle that lays an act on its doer ("blamed on",
// "attributed to") read as the main verb (tree-repair/participle-read-as-main-verb.ts ATTRIBUTING); the act noun's
// doer is the phrase it is laid on (tree-roles/tree-actors.ts ATTRIBUTED_DOER_RULE), alleged when nobody is named as
// saying so (core/coder.ts); the participle is no accusation of its own (tree-clauses/description.ts).
expectAll('an act blamed on or attributed to its doer', [
  ['A bombing blamed on the PKK killed three soldiers in southeastern Turkey on Sunday.', ['ASSAULT PKK > soldiers']],
  ['A roadside bomb blamed on the Taliban killed four police officers in Kandahar on Monday.', ['ASSAULT Taliban > police officers']],
  ['An airstrike attributed to Israel killed two Hezbollah commanders near Damascus on Tuesday.', ['ASSAULT Israel > Hezbollah commanders']],
]);
test('a doer the act is blamed on is alleged', T, () => {
  assert.equal(find(code('A bombing blamed on the PKK killed three soldiers in southeastern Turkey on Sunday.'), 'killed').provenance.certainty, 'alleged');
});
expectNone('a blamed act is no accusation by its doer', 'ACCUSE', [
  'A bombing blamed on the PKK killed three soldiers in southeastern Turkey on Sunday.',
  'The attack, blamed on Boko Haram, killed 12 villagers in Borno state on Friday.',
]);
test('a government that blames still accuses', T, () => {
  const e = find(code('The government blamed the attack on the PKK on Monday.'), 'blamed');
  assert.equal(e.type, 'ACCUSE');
});
