import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, coderPublishedOn, expectAll as expectCoded, expectNone as expectNoneCoded, find, T } from './class-fixture.ts';

// Session 35 desk classes: ten wire articles of non-violent politics (recognition of Palestine at the UN, a NATO summit,
// ICC warrants, a General Assembly vote, an ambassador recalled, Doha ceasefire talks, tariffs, COP30, a government
// collapse, a referendum boycott), written and hand-coded for this session; each class below tested on sentences
// written for this file (not the articles'), with negatives that must not change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectCoded(code, name, cases);
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);

// "accused NATO of pushing Europe toward confrontation": the row "push * toward" (an advance of forces, CAMEO 190) read
// a party driven toward a state or an outcome as an attack; such nouns are no place advanced on
// (data/patterns/argument-senses.tsv, "push" object row).
expectNone('a party pushed toward a state or an outcome is no advance', 'ASSAULT', [
  'Washington is pushing the two sides toward a deal.',
  'Critics accused the president of pushing the country toward war.',
  'Beijing accused Washington of pushing Taiwan toward conflict.',
  'The speaker said the opposition was pushing Serbia towards a confrontation with the West.',
]);
expectAll('forces pushed toward a place or a foe stay an advance', [
  ['Russian troops pushed toward the city of Pokrovsk on Sunday.', ['ASSAULT Russian troops > Pokrovsk']],
  ['The rebels pushed into the capital on Sunday.', ['ASSAULT']],
  ['Government forces pushed the militants toward the border.', ['ASSAULT Government forces > the militants']],
]);

// "would meet its obligations with lower spending", "met its NATO spending goal": an obligation, target or deadline met
// is no meeting (PLOVER CONSULT needs a party met). The row "meet with" read across the verb's own object ("meet | its
// obligations | with"), and the sense then asked the "with" noun: a row with no gap before its preposition that the
// verb's object splits acts on that object (src/core/word-sense.ts objectIs; argument-senses.tsv "meet" object row).
expectNone('an obligation, target or goal met is no meeting', 'CONSULT', [
  'Spain said it would meet its obligations with lower spending.',
  'Italy will meet the alliance\'s target with new defence spending.',
  'Poland will meet its commitments with a larger budget.',
  'The minister said Rome would meet its spending target with new bonds.',
  'Germany met its NATO spending goal for the first time.',
]);
expectAll('a party met stays a meeting, a demand met a concession', [
  ['Trump met Zelenskiy on Wednesday.', ['CONSULT Trump > Zelenskiy']],
  ['Trump met with Zelenskiy on Wednesday.', ['CONSULT Trump > Zelenskiy']],
  ['The prime minister met the leaders of the opposition parties on Tuesday.', ['CONSULT']],
  ['The president met the demands of the strikers.', ['CONCEDE']],
]);

// "recalled its ambassador, Stephane Romatet, for consultations": the name set off after one's own envoy is the envoy,
// not whom the recall is aimed at; the post after the name is ("its envoy, Anna Berg, from Tehran"), else no one
// (src/extract/tree-roles/envoy-post.ts envoyNamed, rule roles:envoy-own-name).
for (const [text, target] of [
  ['Sweden recalled its envoy, Anna Berg, from Tehran on Monday.', 'IRN'],
  ['Chile withdrew its ambassador, Ana Soto, from Venezuela on Monday.', 'VEN'],
  ['Portugal recalled its ambassador, Joao Mendes, for consultations on Friday.', null],
  ['Ghana recalled its ambassador, Kwame Asante, over the row.', null],
] as const) {
  test(`one's own envoy's name is no target: ${text}`, T, () => {
    const events = code(text);
    const e = find(events, events.find((x) => x.type === 'SANCTION')?.trigger.text ?? 'recalled');
    assert.equal(e.type, 'SANCTION', JSON.stringify(events.map(brief)));
    assert.equal(e.target?.code?.slice(0, 3) ?? null, target, JSON.stringify(events.map(brief)));
    assert.ok(e.rules.includes('roles:envoy-own-name'), e.rules.join(' '));
  });
}
expectAll('an envoy expelled by name, or recalled from a post named before, keeps the target', [
  ['Mexico expelled the Ecuadorian ambassador, Fernando Ortiz, on Friday.', ['SANCTION Mexico > Ecuadorian ambassador, Fernando Ortiz']],
  ['Israel recalled its ambassador to Ireland, Dana Erlich, for consultations.', ['SANCTION Israel > Ireland']],
  ['Algeria recalled its ambassador to France on Monday.', ['SANCTION Algeria > France']],
]);

// "voted against the text alongside Russia": a party after "alongside", "together with" or "along with" (and its
// conjuncts) acts with the actor; the window took it as the target (src/extract/candidate.ts companionPhrase, rule
// roles:companion-no-target). A row that spells the word ("fought alongside") keeps its partner.
expectAll('a companion of the actor is no target', [
  ['The United States voted against the text alongside Russia.', ['REJECT United States > null']],
  ['Hungary voted against the resolution alongside Israel and Argentina.', ['REJECT Hungary > null']],
  ['Britain criticised the decision alongside France.', ['ACCUSE Britain > null']],
  ['Japan condemned the launch together with South Korea on Monday.', ['ACCUSE Japan > null']],
  ['Norway criticised the verdict along with Denmark.', ['ACCUSE Norway > null']],
]);
expectAll('a target named before the companion stays', [
  ['Canada imposed sanctions on Iran alongside the European Union.', ['SANCTION Canada > Iran']],
  ['France condemned Russia alongside Germany.', ['ACCUSE France > Russia']],
  ['Kenya voted against Somalia\'s proposal.', ['REJECT Kenya > Somalia']],
]);

// "made progress toward a ceasefire deal", "made headway on a trade pact": the noun row of a deal read "make" as its
// support verb ("made a deal"), though what was made is progress; a deal only approached is not made (the talks are the
// event, PLOVER CONSULT; data/patterns/argument-senses.tsv, "before" rows of the pact nouns).
expectNone('a deal only approached is no agreement', 'AGREE', [
  'The two sides made progress toward a ceasefire deal on Monday.',
  'Negotiators made good progress toward a truce in Cairo.',
]);
expectNone('a deal only approached is no signed agreement', 'SUPPORT', [
  'Israel and Hamas made significant progress on a deal.',
  'Negotiators made good progress toward a trade agreement in Geneva.',
  'The EU and Mercosur made headway on a trade pact on Friday.',
]);
expectAll('a deal made, reached or signed stays', [
  ['The two sides made a deal on Monday.', ['AGREE The two sides > null']],
  ['Israel and Hamas reached a ceasefire deal on Wednesday.', ['AGREE']],
  ['After months of slow progress, the two sides signed the agreement on Monday.', ['AGREE']],
  ['The two sides agreed on a truce after progress in the talks.', ['AGREE']],
]);

// "Police arrested the activist in May and a court later sentenced him": a second clause whose subject is read as a
// conjunct of the first clause's object was repaired only with its verb right after the noun; an adverb between
// ("later", "then", "quickly") is allowed too, in the tree repair and in the window's test for a new clause's subject
// (src/extract/tree-repair/clause-read-as-noun-conjunct.ts, src/extract/roles.ts newClauseSubject).
expectAll('a second clause\'s subject with an adverb before its verb', [
  ['Police arrested the activist in May and a court later sentenced him to two years in prison.', ['SANCTION court > him']],
  ['Israel struck the camp and Hamas later fired rockets at Ashkelon.', ['ASSAULT Israel > the camp', 'ASSAULT Hamas > Ashkelon']],
  ['The army shelled the town and militants quickly withdrew.', ['ASSAULT army > the town', 'RETREAT militants > null']],
  ['Kenya closed the border and Somalia then protested.', ['COERCE Kenya > the border']],
]);
expectAll('coordinated clauses already split stay', [
  ['Turkey condemned Israel and Iran praised Hamas.', ['ACCUSE Turkey > Israel', 'SUPPORT Iran > Hamas']],
  ['The army arrested the mayor in March, and a military court sentenced him in June.', ['COERCE army > mayor', 'SANCTION military court > him']],
]);

// "rejected any mention of fossil fuels", "rejected the wording on coal": the bare "reject" row wants an object, and a
// text's wording named no party nor a noun of speech-objects.tsv; the wording, language or mention of a negotiated
// text is an object of a refusal (data/lexicon/speech-objects.tsv, REJECT). "dismissed the boycott": waving away
// another side's boycott is a refusal, as dismissing criticism (data/patterns/extra-verbs.tsv; "dismiss" alone sacks
// people, and a worry dismissed stays no event: "dismissed concerns about inflation").
expectAll('a text\'s wording refused, a boycott dismissed, is a rejection', [
  ['Saudi Arabia rejected any mention of fossil fuels in the final text.', ['REJECT Saudi Arabia > null']],
  ['India rejected the wording on coal on Saturday.', ['REJECT India > null']],
  ['Russia rejected the language on Ukraine in the draft declaration.', ['REJECT']],
  ['President Kais Saied dismissed the boycott on Sunday.', ['REJECT President Kais Saied > null']],
  ['The government dismissed the opposition boycott of the vote.', ['REJECT']],
]);
expectNone('an official or a worker dismissed is no rejection', 'REJECT', [
  'The president dismissed the army chief on Monday.',
  'The company dismissed 200 workers.',
  'The court dismissed the complaint on Monday.',
  'The central bank governor dismissed the fears of investors.',
]);
