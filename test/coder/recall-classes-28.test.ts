import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coderPublishedOn, expectAll as expectCoded, expectNone as expectNoneCoded, find, T } from './class-fixture.ts';

// Session 28 recall classes: events the coder missed, each on sentences written for this file, with negatives
// that must not change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectCoded(code, name, cases);
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);

// "Iranian and Saudi officials gathered in Baghdad for talks": a verb of gathering supports the talks it gathers for
// through "for" (data/lexicon/support-verbs.tsv, via column): its subject holds them, as "held talks" would have it;
// the talks noun had no participant and was dropped.
expectAll('gathering for talks', [
  ['Iranian and Saudi officials gathered in Baghdad for talks on Monday.', ['CONSULT Iranian > null']],
  ['Delegations from Sudan and South Sudan convened in Addis Ababa for talks on Tuesday.', ['CONSULT Sudan > null']],
  ['Negotiators from Israel and Hamas reconvened in Cairo for indirect talks on Sunday.', ['CONSULT Israel > null']],
  // (the verb row "gather in * for summit|talks" of roles-classes-28 takes the whole gathering as the trigger)
  ['Leaders of Iran and Saudi Arabia gathered in Baghdad for a summit on Monday.', ['CONSULT Leaders of Iran > null']],
]);
test('the talks gathered for have both sides and their venue', T, () => {
  const e = find(code('Iranian and Saudi officials gathered in Baghdad for talks on Monday.'), 'gathered');
  assert.deepEqual(e.actors?.map((a) => a.code), ['IRNGOV', 'SAUGOV']);
  assert.equal(e.location?.name, 'Baghdad');
});
expectNone('a gathering for anything else is no meeting', 'CONSULT', [
  'Thousands of protesters gathered in Tbilisi for a rally against the government on Sunday.',
  'Residents gathered in the square for prayers on Friday.',
]);

// "One rebel commander was captured alive, the army said": an agentless passive of taking (CAMEO arrest 173, abduct or
// capture 181) told by an armed force or the police names its taker in the teller (core/speaker-taker.ts); the event had
// no actor. Not when those taken are of the teller's own kind ("two soldiers were captured, the army said").
expectAll('a taking told by the force that made it', [
  ['One rebel commander was captured alive, the army said on Monday.', ['ASSAULT army > rebel commander']],
  ['Five Boko Haram fighters were captured near Maiduguri, the Nigerian army said on Monday.', ['ASSAULT Nigerian army > Boko Haram fighters']],
  ['Four suspected smugglers were detained at the border, the Pakistani army said on Sunday.', ['COERCE Pakistani army > smugglers']],
  ['Two suspects were arrested in Lagos on Sunday, police said.', ['COERCE police > Two suspects']],
]);
test('the teller\'s own people taken were taken by another', T, () => {
  for (const text of ['Two soldiers were captured near the border, the Nigerian army said on Monday.', 'Two police officers were abducted in Kano on Sunday, police said.']) {
    const e = find(code(text), text.includes('captured') ? 'captured' : 'abducted');
    assert.equal(e.actor, null, text);
    assert.ok(e.target, text);
  }
});
test('a taking with its own doer keeps it', T, () => {
  assert.equal(find(code('Two soldiers were captured by the rebels, the army said on Monday.'), 'captured').actor?.text, 'the rebels');
});
test('a teller who is no force names no taker', T, () => {
  assert.equal(find(code('Two journalists were arrested in Minsk on Sunday, their lawyer said.'), 'arrested').actor, null);
});

// "Spanish and Moroccan police jointly dismantled a smuggling ring": an adverb of doing together (an adverb row in
// data/patterns/verbs.tsv, a trigger on the verb it modifies: extract/joint-act.ts) makes the verb's doers of two
// countries or more cooperate (military cooperation when all are armed forces); the act itself keeps its own row.
// "In a joint operation, Kenyan and Somali forces raided a camp": a cooperation noun framing an active verb by "in" is
// done by the verb's doers (noun-roles.ts). Both coded nothing (or a cooperation with no doer).
expectAll('a joint act of two sides', [
  ['Spanish and Moroccan police jointly dismantled a people-smuggling ring on Monday.', ['COOPERATE Spanish > null']],
  ['Police from Spain and Morocco jointly dismantled a drug trafficking network.', ['COOPERATE Police > null']],
  ['French and Belgian police jointly arrested 12 suspects in a raid on Tuesday.', ['COOPERATE French > null', 'COERCE French > 12 suspects']],
  ['Kenyan and Somali forces jointly raided an al-Shabab camp on Sunday.', ['COOPERATE Kenyan > null', 'ASSAULT Kenyan > an al-Shabab camp']],
  ['In a joint operation, Kenyan and Somali forces raided an al-Shabab camp on Sunday.', ['COOPERATE Kenyan > null', 'ASSAULT Kenyan > an al-Shabab camp']],
  ['In a joint operation on Monday, Colombian and Ecuadorian troops destroyed a cocaine laboratory near the border.', ['COOPERATE Colombian > null']],
  ['Somali troops raided an al-Shabab hideout in a joint operation with Kenyan forces on Sunday.', ['COOPERATE Somali troops > Kenyan forces']],
]);
test('a joint act lists both sides, and armed forces cooperate militarily', T, () => {
  const e = find(code('Colombian and Ecuadorian troops jointly destroyed a cocaine laboratory near the border on Friday.'), 'jointly');
  assert.deepEqual(e.actors?.map((a) => a.code), ['COLMIL', 'ECUMIL']);
  assert.equal(e.cameo, '062');
  assert.equal(e.target, null);
});
expectNone('words said or written together, or one side\'s act, are no material cooperation', 'COOPERATE', [
  'Britain and France jointly drafted the resolution.',
  'Qatar and Egypt jointly issued a statement on Monday.',
  'Nigerian police and soldiers jointly raided a kidnappers\' hideout on Monday.',
  'The two companies jointly developed the vaccine.',
]);

// "Food and medicine supplied by Qatar arrived in Gaza": a past participle of giving right after the goods, with its
// giver in a "by" phrase, is a passive with no "be" (token-shape.ts isReducedPassive; only the aid rows match there,
// triggers.ts), and goods that are the sentence's subject are told of as given (extract/given-goods.ts), where a passive
// describing its noun is otherwise background ("areas seized by the rebels"). Coded nothing before.
expectAll('aid told by a participle of giving', [
  ['Tons of food and medicine supplied by Qatar arrived in Gaza on Monday.', ['AID Qatar > null']],
  ['Vaccines donated by Japan were distributed in Hanoi on Monday.', ['AID Japan > null']],
  ['Tents provided by the UN refugee agency were set up near the border on Sunday.', ['AID UN refugee agency > null']],
  ['Blankets sent by the European Union arrived in Kyiv on Tuesday.', ['AID European Union > null']],
]);
test('the goods received keep their receiver', T, () => {
  const events = code('Ukraine received tanks supplied by Poland on Monday.');
  assert.equal(events.filter((e) => e.type === 'AID').length, 1);
  assert.equal(find(events, 'received').target?.code, 'UKR');
});
expectNone('a participle of another act still describes its noun', 'ASSAULT', [
  'A village shelled by the army was evacuated on Monday.',
]);
test('a participle of taking describes the places retaken', T, () => {
  const events = code('Areas seized by the rebels were retaken by the army on Monday.');
  assert.ok(!events.some((e) => e.trigger.text.startsWith('seized')), JSON.stringify(events.map((e) => e.trigger.text)));
  assert.equal(find(events, 'retaken').actor?.text, 'army');
});
test('a noun act described by a reduced passive keeps its own event', T, () => {
  assert.equal(find(code('A protest led by students blocked the main road in Dhaka on Monday.'), 'protest').actor?.text, 'students');
});

// "Spain granted Britain's request for the extradition", "Germany approved Ukraine's request for air defence systems": a
// granted request's content decides the granting's type (extract/granted-content.ts): read as the request verb's own rows
// read it (an appeal for cooperation or aid, CAMEO 021x/023x, mirrors the act 06x/07x) or as a one-word act noun; was a
// concession or praise whatever was granted. Approving or granting an extradition is judicial cooperation (verbs.tsv), so
// the passive "the request for the extradition was granted by Spain" has its act.
expectAll('a granted request is what it grants', [
  ['Spain granted Britain\'s request for the extradition of the suspect on Monday.', ['COOPERATE Spain > Britain']],
  ['Germany approved Ukraine\'s request for air defence systems on Monday.', ['AID Germany > Ukraine']],
  ['Washington approved Taiwan\'s request for more weapons on Friday.', ['AID Washington > Taiwan']],
  ['The IMF approved Egypt\'s request for a $3 billion loan on Monday.', ['AID IMF > Egypt']],
  ['Britain\'s request for the extradition of the suspect was granted by Spain.', ['REQUEST Britain > Spain', 'COOPERATE Spain > Britain']],
  ['A Madrid court approved the extradition of the suspect to Britain on Monday.', ['COOPERATE Madrid court > Britain']],
]);
expectAll('a request granted for no aid or cooperation stays a concession', [
  ['The court granted the opposition\'s request to delay the vote on Monday.', ['CONCEDE court > the opposition']],
  ['Israel accepted Egypt\'s request for talks on Monday.', ['CONCEDE Israel > Egypt']],
]);
expectNone('a refused extradition is no cooperation', 'COOPERATE', [
  'The government rejected Kenya\'s request for the extradition of the suspect.',
  'Britain\'s request for the extradition of the former minister was rejected by Spain.',
]);

// "Delegations from Ethiopia and Egypt held talks in Washington hosted by the U.S. Treasury": the participle describing
// the talks was read as an adverbial clause with the talks its passive subject, so "held" lost its object and the talks
// were dropped (tree-object-is-clause-subject). An `advcl` past participle with a "by" agent and the verb's would-be
// object as its subject is the object's reduced relative (tree-repair/reduced-relative-object.ts).
expectAll('talks described by a participle with its agent', [
  ['Delegations from Ethiopia and Egypt held talks in Washington hosted by the U.S. Treasury.', ['CONSULT Ethiopia > null']],
  ['Officials from Sudan and South Sudan held talks in Jeddah hosted by Saudi Arabia on Monday.', ['CONSULT Officials > null']],
  ['Russian and Ukrainian delegations held talks in Istanbul hosted by Turkey on Friday.', ['CONSULT Russian > null']],
]);
test('the talks held are the delegations\' with each other, in the city named', T, () => {
  const e = find(code('Delegations from Ethiopia and Egypt held talks in Washington hosted by the U.S. Treasury.'), 'held talks');
  assert.deepEqual(e.actors?.map((a) => a.code), ['ETH', 'EGY']);
  assert.equal(e.location?.name, 'Washington, D.C.');
});

// "Demonstrators chanted demands for the interior minister's resignation", "Protesters marched through Nairobi with demands
// for the president's resignation": a demand noun asking for an act (nouns.tsv "demand|call for * resignation|...", ending
// in the act asked for) is a request, pressing the act's possessor (pattern-own-roles.ts askedActPossessor), voiced by
// the marchers (support-verbs.tsv: "chant", and "march|rally|demonstrate|protest" through "with"); a preposition serves
// the verb's row and the noun's after it ("chanted | demands for", triggers.ts longestMatches). What the demand asks
// "for" is no act of the marchers ("with demands for the release of prisoners" frees no one: noun-roles.ts).
expectAll('a demand told inside a protest report', [
  ['Demonstrators chanted demands for the interior minister\'s resignation in Belgrade on Sunday.', ['PROTEST Demonstrators > the interior minister', 'REQUEST Demonstrators > the interior minister']],
  ['Protesters marched through Nairobi with demands for the president\'s resignation on Tuesday.', ['PROTEST Protesters > null', 'REQUEST Protesters > the president']],
  ['Opposition supporters rallied in Kinshasa with demands for the president\'s ouster on Sunday.', ['REQUEST Opposition > the president']],
  ['The opposition renewed its demands for the prime minister\'s resignation on Monday.', ['REQUEST its > the prime minister']],
]);
expectNone('what the marchers ask for is not their act', 'RETREAT', [
  'Protesters rallied in Minsk with demands for the release of political prisoners on Sunday.',
]);
expectNone('chanting slogans asks for nothing', 'REQUEST', [
  'Protesters chanted slogans against the government in Tbilisi on Sunday.',
  'Protesters marched with banners through the capital on Sunday.',
]);
