import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brief, coderPublishedOn, expectAll, expectNone, T } from './class-fixture.ts';

// Session 46 classes of events the coder missed (recall), each on texts written for this file, with negatives that look
// alike and must not change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');

// A warning whose that-clause puts the warner's OWN act in store under a condition is a conditional threat (PLOVER
// THREATEN, "coercive or forceful warnings"), as "'We will respond if they return,' the army said" is: the clause's
// subject a pronoun for the warner, a force it owns ("its military") or a phrase of its country ("Russian forces" for the
// Kremlin). Aimed at the party the act names ("with X"), else the condition's doer (extract/warned-own-act.ts). The harm
// in store as the clause's own subject ("hell will rain down on them if ...") is one too, and so is a that-clause the
// parse hung as parataxis after a time phrase ("warned last week that there would be hell to pay if ...").
expectAll(code, 'a warning of the warner\'s own act under a condition', [
  ['Japan warned that its military would respond if the drones returned.', ['THREATEN Japan > null']],
  ['The Kremlin warned that Russian forces would keep advancing if Ukraine rejected the offer.', ['THREATEN Kremlin > Ukraine']],
  ['President Trump warned that Washington would not be generous with Colombia if Petro won the vote.', ['THREATEN President Trump > Colombia']],
  ['Seoul warned on Friday that it would resume the loudspeaker broadcasts if Pyongyang launched more balloons.', ['THREATEN Seoul > Pyongyang']],
]);
expectAll(code, 'a harm in store told as the clause\'s subject, or after a time phrase', [
  ['The general warned that "hell will rain down on them" if the shelling did not stop.', ['THREATEN']],
  ['The president warned last week that there would be "hell to pay" if the vote count was rigged.', ['THREATEN']],
  ['Iran\'s foreign minister warned on Sunday that there would be grave consequences if the inspectors returned.', ['THREATEN']],
]);
// another's outcome, or one the warner's own side would undergo, is a forecast
expectNone(code, 'a forecast under a condition is no threat', 'THREATEN', [
  'Economists warned that prices would rise if the drought continued.',
  'The finance minister warned that Germany would miss its deficit targets if the budget were cut.',
  'The IMF warned that Egypt would default if the loans were not rolled over.',
  'Doctors warned that the hospital would close if the power cuts went on.',
  'The union warned last week that prices would go up if the strike went on.',
]);

// A refused act another brought, "<act noun> brought/filed/launched by X" ("said it would fight the lawsuit filed by the
// Justice Department"): the by-agent of the participle that describes the act noun is its doer, and so the refusal's
// target, as its owner is ("fight the government's lawsuit"); a company fighting a state's suit is then political
// (extract/tree-roles/proposal-maker.ts, asked again once a word sense makes "fight" a refusal: core/word-sense.ts).
const refusalOf = (text: string) => code(text).filter((e) => e.type === 'REJECT').map((e) => e.target?.text ?? null);
for (const [text, target] of [
  ['The company said it would fight the lawsuit filed by the Justice Department.', 'Justice Department'],
  ['Shell said it would fight the lawsuit launched by the Nigerian government.', 'Nigerian government'],
  ['Glencore said it would fight the lawsuit brought by the Congolese government.', 'Congolese government'],
] as const) {
  test(`a refused act's doer named by a participle's "by" is the target: ${text}`, T, () => {
    assert.ok(refusalOf(text).includes(target), JSON.stringify(code(text).map(brief)));
  });
}
// no "by" names no one; armed men fought stay an attack, their backer no target
test('a fine fought with no by-phrase keeps no target', T, () => {
  assert.deepEqual(refusalOf('Google said it would fight the fine in the European courts.'), [null]);
});
expectNone(code, 'fighting rebels backed by another is no refusal', 'REJECT', [
  'The army said it would fight the rebels backed by Rwanda.',
]);

// "after" with a finite clause read as a phrase on a participle: "Relations soured after Poland accused Russia of ...":
// the main verb read as a participle on its own subject ("Relations | soured after Poland", an acl) and the clause's verb
// made the predicate of "Relations", which names no actor, so the clause's act was lost. A participle with no object and
// no "by" agent whose phrase's noun names a doer is the predicate (extract/tree-repair/clause-read-as-phrase.ts).
expectAll(code, 'a clause after "after" whose main verb was read as a participle', [
  ['Relations soured after Poland accused Russia of meddling in its election.', ['ACCUSE Poland > Russia']],
  ['Relations deteriorated after Rwanda expelled two Belgian diplomats.', ['SANCTION Rwanda > Belgian diplomats']],
  ['Ties worsened after Hungary blamed Serbia for the border incident.', ['ACCUSE Hungary > Serbia']],
]);
expectAll(code, 'a participle that describes its noun stays', [
  ['Soldiers stationed near the border shelled the village on Monday.', ['ASSAULT Soldiers > the village']],
  ['Protests spread after police arrested the opposition leader.', ['COERCE police > the opposition leader']],
]);

// Talks that time or host an act told as done ("The deal was reached after three days of talks between A and B", "the
// truce was signed at talks between A and B") were held: CONSULT between the two sides, as "talks between A and B took
// place" is (core/between-parties.ts). Talks before an act still ahead, or named by a verb of the future, hold none.
expectAll(code, 'talks between two sides that time an act told as done', [
  ['The accord was reached after three days of talks between Sudan and Chad in Doha.', ['CONSULT Sudan > Chad']],
  ['The truce was signed on Monday at talks between Armenia and Azerbaijan in Abu Dhabi.', ['CONSULT Armenia > Azerbaijan']],
  ['The prisoner swap was agreed after two rounds of talks between Russia and Ukraine in Istanbul.', ['CONSULT Russia > Ukraine']],
]);
expectNone(code, 'talks before an act still ahead are no meeting', 'CONSULT', [
  'The accord will be signed after talks between Sudan and Chad.',
  'Kenya welcomed the agreement between Sudan and Chad.',
]);

// "last year after ...": a span of years made a date of the clause's own ("last year", "this year", "the same year") is
// no anniversary the news is measured from ("three years after Russia invaded Ukraine"); the clause after "after" is an
// act told (core/background.ts).
expectAll(code, 'a deictic year before "after" is no anniversary', [
  ['Tensions rose last year after Poland accused Russia of meddling in its election.', ['ACCUSE Poland > Russia']],
  ['Trade slowed this year after Beijing accused Canberra of spying on its embassy.', ['ACCUSE Beijing > Canberra']],
  ['Exports slumped last year after China banned imports of Lithuanian goods.', ['SANCTION China > Lithuanian']],
]);
expectNone(code, 'an anniversary stays background', 'ASSAULT', [
  'Three years after Russia invaded Ukraine, the front line has barely moved.',
]);

// "said the plan could be a basis, but warned that ...": a second saying with its own that-clause, read as a conjunct of
// the reported clause's verb, is the speaker's (extract/tree-repair/reporter-second-act.ts), so the warning has its
// warner and the warned own act its threat.
expectAll(code, 'a warning conjoined after a report is the speaker\'s', [
  ['The Kremlin said the proposal could be a starting point, but warned that Russian troops would keep advancing if Kyiv refused it.', ['THREATEN Kremlin > Kyiv']],
  ['Beijing said the talks had been useful, but warned that it would respond if Manila sent more ships.', ['THREATEN Beijing > Manila']],
  ['Tehran said the offer was a step forward but warned that it would resume enrichment if the sanctions stayed.', ['THREATEN']],
]);
