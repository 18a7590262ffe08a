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

// "The rebels and the government held talks": the parse made the first party the root and the verb its conjunct
// (tree-repair/subject-read-as-root.ts), or hung "and" on the first noun with the second under it
// (tree-repair/coordinator-read-as-head.ts), so one party was lost and the other took the venue's country ("in Doha":
// QATGOV). With both parties back, sides meeting in a third country's city take no country from it (core/sides-abroad.ts).
expectAll('both parties of talks, read as one subject', [
  ['The rebels and the government held talks in Doha on Monday.', ['CONSULT The rebels > null']],
  ['The government and the rebels held talks in Doha on Monday.', ['CONSULT government > null']],
  ['The army and the rebels signed a ceasefire in Jeddah on Monday.', ['AGREE']],
  ['The rebels and the government held talks mediated by Qatar in Doha on Monday.', ['CONSULT The rebels > null']],
]);
const partyCodes = (text: string, trigger: string) => { const e = find(code(text), trigger); return (e.actors ?? [e.actor]).map((a) => a?.code ?? null); };
test('the two parties of talks in a third country, neither of its country', T, () => {
  assert.deepEqual(partyCodes('The rebels and the government held talks in Doha on Monday.', 'held'), [null, null]);
  assert.deepEqual(partyCodes('The government and the rebels held talks in Doha on Monday.', 'held'), [null, null]);
  assert.deepEqual(partyCodes('The rebels and the government held talks mediated by Qatar in Doha on Monday.', 'held'), [null, null]);
});
// "Qatar hosted talks between the rebels and the government in Doha", "Norway brokered talks between ...": the sides
// a mediating state brings together (CAMEO 045) took the mediator's or the venue's country (QATREB, NORGOV); they are
// neither (core/sides-abroad.ts sidesOfMediation). The mediator stays the actor (the 045 convention).
const targetCodes = (text: string, trigger: string) => { const e = find(code(text), trigger); return (e.targets ?? [e.target]).map((a) => a?.code ?? null); };
test('the sides a mediator brings together are not its own', T, () => {
  assert.deepEqual(targetCodes('Qatar hosted talks between the rebels and the government in Doha on Monday.', 'hosted'), [null, null]);
  assert.deepEqual(targetCodes('Qatar mediated talks between the rebels and the government in Doha on Monday.', 'mediated'), [null, null]);
  assert.deepEqual(targetCodes('Norway brokered talks between the government and the rebels in Oslo on Friday.', 'brokered'), [null, null]);
});
test('named sides and a host\'s own guests keep their codes', T, () => {
  assert.deepEqual(targetCodes('Turkey hosted talks between Russia and Ukraine in Istanbul on Monday.', 'hosted'), ['RUS', 'UKR']);
  assert.equal(find(code('Qatar hosted talks between the rebels and the government in Doha on Monday.'), 'hosted').actor?.code, 'QAT');
  assert.equal(find(code('Kenyan police and the army raided the camp in Nairobi on Monday.'), 'raided').actor?.code, 'KENCOP');
});

// "Saudi Arabia and the United States, which have hosted the talks ... The mediators accused both parties": "the
// mediators" was no phrase (the act had no actor and was dropped) and "both parties" took up the hosts, the two actors
// named last. A third party to talks is the subject or "by" agent of a verb of mediating (clause-cues.tsv group
// "mediating"); "the mediators" takes it up and "both sides" never does (resolve/mediator-antecedent.ts).
const twoParagraphs = [
  'Sudan\'s army and the Rapid Support Forces resumed talks in Jeddah on Monday.\n\nSaudi Arabia and the United States, which have hosted the talks, said the ceasefire would be extended.\n\nThe mediators accused both parties of violating the truce.',
  'Israel and Hamas agreed to a truce on Sunday.\n\nEgypt and Qatar, which have mediated the talks, said the truce was holding.\n\nThe mediators urged both sides to show restraint.',
  'Armenia and Azerbaijan held talks in Washington on Friday.\n\nThe United States, which hosted the negotiations, said progress had been made.\n\nThe mediator accused both parties of stalling.',
  'Israel and Hamas agreed on a truce brokered by Egypt on Sunday.\n\nThe mediators accused both sides of violating it on Monday.',
] as const;
const sides = (e: ReturnType<typeof find>, side: 'actor' | 'target') => (side === 'actor' ? e.actors ?? [e.actor] : e.targets ?? [e.target]).map((a) => a?.code ?? null);
test('the mediators are the third party, both sides the parties', T, () => {
  const expected = [[['SAU', 'USA'], ['SDNMIL', 'rapid-support-forces']], [['EGY', 'QAT'], ['ISR', 'hamas']], [['USA'], ['ARM', 'AZE']], [['EGY'], ['ISR', 'hamas']]];
  twoParagraphs.forEach((text, k) => {
    const e = find(code(text), text.includes('urged both') ? 'urged' : 'accused');
    assert.deepEqual([sides(e, 'actor'), sides(e, 'target')], expected[k], text);
  });
});
test('"both sides" with no mediator named keeps the two named last', T, () => {
  const e = find(code('Israel and Hamas agreed to a truce on Sunday.\n\nEgypt accused both sides of violating the truce on Monday.'), 'accused');
  assert.deepEqual([sides(e, 'actor'), sides(e, 'target')], [['EGY'], ['ISR', 'hamas']]);
  const alone = code('Saudi Arabia and the United States, which have hosted the talks, said the ceasefire would hold.\n\nThe mediators accused both parties of violating it.');
  assert.ok(!alone.some((x) => x.target?.code === 'SAU' || x.target?.code === 'USA'), JSON.stringify(alone.map(brief)));
});

// "Amnesty International said ... Amnesty urged the government": the body's first word alone was no phrase (the
// appeal had no actor and was dropped). A proper noun no phrase covers that is the first word of an organisation named
// before is that organisation named short (resolve/acronym-mentions.ts, rule actor:short-name-of-named).
expectAll('an organisation named short after its full name', [
  ['Amnesty International said police tortured detainees in the capital.\n\nAmnesty urged the government to free them on Monday.', ['REQUEST Amnesty > government']],
  ['Amnesty International documented abuses in the camps.\n\nAmnesty accused the army of torturing detainees on Monday.', ['ACCUSE Amnesty > army']],
  ['Transparency International said the ministry had hidden contracts.\n\nTransparency urged parliament to investigate on Monday.', ['REQUEST Transparency > parliament']],
]);
test('the short name has the organisation\'s code', T, () => {
  const e = find(code('Amnesty International said police tortured detainees in the capital.\n\nAmnesty urged the government to free them on Monday.'), 'urged');
  assert.equal(e.actor?.code, 'NGOHRIAMN');
});
expectAll('a name the gazetteer knows alone stays as it was', [
  ['The Wagner Group said its fighters had left the city.\n\nWagner accused the army of blocking supplies on Monday.', ['ACCUSE Wagner > army']],
]);
expectNone('an amnesty is no organisation', 'REQUEST', [
  'The government declared an amnesty for the rebels on Monday.\n\nAmnesty was also offered to deserters.',
]);

// "accused the men of photographing military sites for Russian intelligence": "the men" is no actor phrase, so the
// object window ran on into the charge and took its "for" name as the accused (RUSSPY). The accused stands in the gap
// before the charge's own "of"/"with" (extract/verb-roles.ts): a name inside the charge is no one accused.
const accusedCode = (text: string, trigger: string) => find(code(text), trigger).target?.code ?? null;
test('a name inside the charge is not the accused', T, () => {
  assert.equal(accusedCode('The court accused the men of photographing military sites for Russian intelligence on Monday.', 'accused'), null);
  assert.equal(accusedCode('Prosecutors charged two men with spying on military bases for China on Monday.', 'charged'), null);
  assert.equal(accusedCode('The court accused the men of spying for Russia on Monday.', 'accused'), null);
});
expectAll('the accused in the gap stays the target', [
  ['Israel accused Hamas of hiding weapons in hospitals on Monday.', ['ACCUSE Israel > Hamas']],
  ['The United States accused Russia of supplying weapons to Iran on Monday.', ['ACCUSE United States > Russia', 'AID Russia > Iran']],
  ['Ukraine accused Russian forces of shelling a hospital in Kherson on Monday.', ['ACCUSE Ukraine > Russian forces']],
  ['China lodged a formal complaint with Japan over the visit on Monday.', ['ACCUSE China > Japan']],
  ['Tehran accused the kingdom of Saudi Arabia of backing the rebels on Monday.', ['ACCUSE Tehran > Saudi Arabia']],
]);

// "Police blocked farmers who planned to march on the capital": an act noun carried by a support verb ("planned to
// march on the capital") took the support verb's window subject, the main clause's ("Police"); a relative clause's own
// subject is its head noun, whoever it is (extract/noun-roles.ts relativeClauseDoers).
expectAll('the head noun does the act of its relative clause', [
  ['Police blocked farmers who planned to march on the capital on Monday.', ['PROTEST farmers > null']],
  ['Police blocked students who planned to march on the capital on Monday.', ['PROTEST students > null']],
  ['Security forces stopped workers who planned to march on the capital on Sunday.', ['PROTEST workers > null']],
  ['The army blocked opposition supporters who had planned to march on the capital.', ['PROTEST opposition supporters > null']],
]);
expectAll('a support verb of the main clause keeps its subject', [
  ['The opposition planned to march on the capital on Monday.', ['PROTEST The opposition > null']],
  ['Soldiers detained villagers who had threatened to march on the capital on Sunday.', ['COERCE Soldiers > villagers', 'THREATEN villagers > null']],
]);
void brief;
