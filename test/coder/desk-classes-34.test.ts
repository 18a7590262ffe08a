import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, coderPublishedOn, expectAll as expectCoded, expectNone as expectNoneCoded, find, T } from './class-fixture.ts';

// Session 34 desk classes: whole wire articles of politics, diplomacy, economy and justice (the non-violent half of
// PLOVER), written and hand-coded for this session; each class below tested on sentences written for this file (not
// the articles'), with negatives that must not change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectCoded(code, name, cases);
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);

// "signed a deal on migrants with Libya", "held talks on police cooperation": the word window took the first name after
// the pact or talks noun, which sits in what the pact or talks are about; the topic names no party, the "with" party is
// the partner (src/extract/tree-roles/agreement-topic.ts).
expectAll('a pact\'s or talks\' topic is no party, the "with" party is', [
  ['Italy signed a deal on migrants with Libya in Rome on Monday.', ['AGREE Italy > Libya']],
  ['Greece signed a memorandum on coast guard cooperation with Egypt on Tuesday.', ['AGREE Greece > Egypt']],
  ['Britain signed a pact on asylum seekers with Rwanda in Kigali on Thursday.', ['AGREE Britain > Rwanda']],
  ['Spain reached a deal on farm workers with Morocco on Friday.', ['AGREE Spain > Morocco']],
]);
for (const [text, trigger] of [
  ['Egypt and Greece signed a memorandum on navy cooperation on Tuesday.', 'signed'],
  ['Iraq and Turkey held talks on army cooperation along the border on Sunday.', 'held talks'],
  ['Kenya and Ethiopia held talks on refugees in Addis Ababa on Friday.', 'held talks'],
] as const) {
  test(`the topic of a pact or talks is no target: ${text}`, T, () => {
    const events = code(text);
    assert.equal(find(events, trigger).target, null, JSON.stringify(events.map(brief)));
  });
}
expectAll('a partner named outside the topic stays', [
  ['Kenya signed an agreement on trade with Uganda on Monday.', ['AGREE Kenya > Uganda']],
  ['Pakistan held talks with the Taliban on border security on Sunday.', ['CONSULT Pakistan > Taliban']],
  ['Kenyan police cooperated with Ugandan police to arrest the suspects.', ['COOPERATE Kenyan police > Ugandan police']],
  ['The rebels agreed to hold talks on a prisoner exchange.', ['AGREE The rebels > null']],
]);

// "suspended a cultural exchange programme with Russia": the longer row "suspend * programme" (a policy of one's own
// reversed, CAMEO 0832 CONCEDE) outran the exchange row; a programme of exchange or cooperation with another party
// cut is reduced relations (PLOVER SANCTION, CAMEO 160; data/patterns/verbs.tsv).
expectAll('an exchange or cooperation programme cut is reduced relations', [
  ['Japan suspended a youth exchange programme with China on Friday.', ['SANCTION Japan > China']],
  ['Australia froze its cooperation programme with Myanmar after the coup.', ['SANCTION Australia > Myanmar']],
  ['Norway suspended a research partnership programme with Russia on Thursday.', ['SANCTION Norway > Russia']],
]);
expectNone('an exchange or cooperation programme cut is no concession', 'CONCEDE', [
  'Japan suspended a youth exchange programme with China on Friday.',
  'Australia froze its cooperation programme with Myanmar after the coup.',
]);
expectAll('a programme of one\'s own reversed stays a concession', [
  ['The government suspended the fuel subsidy programme on Monday.', ['CONCEDE']],
  ['The ministry scrapped its privatisation programme after the protests.', ['CONCEDE']],
]);

// "defended the deal in a televised address": only decisions, policies and rights were rows of verbal defence; a pact,
// a law, a budget or a measure defended in words is backed too (PLOVER SUPPORT, CAMEO 052 defend verbally; verbs.tsv).
expectAll('a pact, law or measure defended in words is support', [
  ['The finance minister defended the budget in parliament on Tuesday.', ['SUPPORT']],
  ['The chancellor defended the new tariffs on Chinese steel on Wednesday.', ['SUPPORT The chancellor > null']],
  ['President Lula defended the law in a radio interview on Friday.', ['SUPPORT President Lula > null']],
  ['The prime minister defended the controversial pension reform on Monday.', ['SUPPORT']],
]);
expectNone('defending a place, a title or a client is no support', 'SUPPORT', [
  'Troops defended the town against the rebel assault.',
  'The champion defended her title in Paris on Sunday.',
  'The lawyers defended the activists in court.',
]);

// "would lay down their arms once the government released their leaders", "was ready to hold talks once Pristina
// withdrew its police": a "once" clause names what must come first, as "until" does; under a future or a readiness its
// act has not happened (data/lexicon/clause-cues.tsv: "once" a precondition, "ready" and "willing" needs whose
// infinitive is still ahead; tree-clauses/precondition.ts reads a clause-initial "once" the parse makes an adverb).
expectNone('an act a future or a readiness waits for is no event', 'RETREAT', [
  'The rebels said they would lay down their arms once the government released their leaders.',
  'The guerrillas will hand over their weapons once the army releases their commanders.',
  'The Taliban said they were willing to meet the envoy once the United States released their prisoners.',
]);
expectNone('an act a future or a readiness waits for is no event', 'CONCEDE', [
  'Belgrade said it was ready to hold talks once Pristina withdrew its police from the north.',
]);
expectAll('an act a past act waited for stays', [
  ['Once the army withdrew from the town, residents returned to their homes.', ['RETREAT']],
  ['The rebels released the hostages once the ransom was paid.', ['RETREAT The rebels > the hostages']],
  ['The army once controlled the town, residents said.', ['ASSAULT']],
  ['The rebels said they would lay down their arms once the government released their leaders.', ['CONCEDE']],
]);
