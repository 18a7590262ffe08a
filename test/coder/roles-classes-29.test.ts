import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, coderPublishedOn, expectAll as expectCoded, expectNone as expectNoneCoded, find, T } from './class-fixture.ts';

// Session 29 roles classes: who did it to whom, each on sentences written for this file, with negatives that must not
// change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectCoded(code, name, cases);
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);

// "a strike led by the unions against the pension reform" was an ASSAULT: the labour-strike rows of
// data/patterns/argument-senses.tsv (side "subject") read only a verb's subject. An event noun's doers are its actors
// (the "by" agent, the possessor): core/word-sense.ts doersAre.
expectAll('a strike noun whose doers are workers is a labour strike', [
  ['A strike led by the unions against the pension reform shut schools across France on Thursday.', ['PROTEST unions > null']],
  ['The teachers\' strike against the pay freeze entered its third day in Nairobi on Monday.', ['PROTEST teachers > null']],
  ['The dockworkers\' strike over pay halted shipping at the port of Santos on Wednesday.', ['PROTEST dockworkers > null']],
  ['A strike led by nurses against the budget cuts closed clinics across Ireland on Monday.', ['PROTEST nurses > null']],
]);
expectNone('a strike noun whose doers are workers is no attack', 'ASSAULT', [
  'A strike led by the unions against the pension reform shut schools across France on Thursday.',
  'The teachers\' strike against the pay freeze entered its third day in Nairobi on Monday.',
]);
expectNone('a strike noun by armed forces stays an attack', 'PROTEST', [
  'An air strike led by the coalition hit a market in Yemen on Monday.',
  'The Israeli strike on the school killed 12 people on Monday.',
  'A strike by Russian forces on a power plant cut electricity to Kharkiv on Monday.',
]);
expectAll('a strike noun by armed forces stays an attack', [
  ['The Israeli strike on the school killed 12 people on Monday.', ['ASSAULT']],
  ['A strike by Russian forces on a power plant cut electricity to Kharkiv on Monday.', ['ASSAULT Russian forces > a power plant']],
]);

// "Forces loyal to former President X clashed with the Sudanese army": the parse read the patron's name as the verb's
// subject (the actor the former president), or the loyal forces came out as the state's military and the army, a
// target of the same code, was dropped. tree-repair/allegiance-modifier.ts hangs "loyal to X" / "allied with X" on the
// group and makes the later verb the group's; the modifier is a description, no SUPPORT event
// (tree-roles/allegiance.ts); a loyal group facing its own state's arms is that state's armed opposition
// (core/loyal-faction.ts, rule actor:loyal-faction).
expectAll('a group loyal to a patron is a side of its own', [
  ['Forces loyal to former President Omar al-Bashir clashed with the Sudanese army in Khartoum on Tuesday.', ['ASSAULT Forces > Sudanese army']],
  ['Yemeni forces loyal to the former president clashed with the army on Tuesday.', ['ASSAULT Yemeni forces > army']],
  ['The Yemeni army clashed with forces loyal to the former president in Sanaa on Tuesday.', ['ASSAULT Yemeni army > forces']],
  ['Fighters allied with Libyan commander Khalifa Haftar attacked a government base on Monday.', ['ASSAULT Fighters > a government base']],
]);
test('loyal forces facing their own army are its armed opposition', T, () => {
  const clash = find(code('Forces loyal to former President Omar al-Bashir clashed with the Sudanese army in Khartoum on Tuesday.'), 'clashed');
  assert.equal(clash.actor?.code, 'SDNREB');
  assert.equal(clash.target?.code, 'SDNMIL');
  assert.ok(clash.rules.includes('actor:loyal-faction'));
  const reverse = find(code('The Yemeni army clashed with forces loyal to the former president in Sanaa on Tuesday.'), 'clashed');
  assert.equal(reverse.target?.code, 'YEMREB');
});
expectNone('an allegiance that describes a group is no act of support', 'SUPPORT', [
  'Fighters allied with Libyan commander Khalifa Haftar attacked a government base on Monday.',
  'The militia, allied with the government, attacked rebel positions near Goma in Congo on Monday.',
]);
test('loyal forces facing another side keep their code', T, () => {
  const e = find(code('Yemeni forces loyal to the government attacked Houthi positions near Marib on Sunday.'), 'attacked');
  assert.equal(brief(e), 'ASSAULT Yemeni forces > Houthi positions');
  assert.equal(e.actor?.code, 'YEMMIL');
  assert.equal(find(code('Iraqi militias backed by Iran fired rockets at U.S. bases on Sunday.'), 'fired').actor?.code, 'IRQREB');
});

// "Following talks hosted by Turkey, Russia and Ukraine swapped 300 prisoners": the parser ran the host into the main
// subject ("Turkey, Russia and Ukraine") or made the participle the root, so the main act was the mediator's.
// tree-repair/opening-phrase-agent.ts: an opening "After|Following|Under ... NOUN PARTICIPLE by X," keeps X the
// participle's agent and the main clause its own subject. The talks' actor is never the third party whose participle
// describes them (tree-roles/tree-actors.ts reads data/lexicon/third-party-participles.tsv by any base form: the tagger
// may keep "mediated" as the lemma).
expectAll('the mediator of an opening phrase does not do the main act', [
  ['Following talks hosted by Turkey, Russia and Ukraine swapped 300 prisoners on Saturday.', ['RETREAT Russia > null']],
  ['Following negotiations brokered by Oman, Iran and the United States swapped detainees on Monday.', ['RETREAT Iran > detainees']],
  ['After talks mediated by Egypt, Israel and Hamas exchanged prisoners on Monday.', ['RETREAT Israel > null']],
]);
test('the swap is the two sides\', not the host\'s', T, () => {
  const e = find(code('Following talks hosted by Turkey, Russia and Ukraine swapped 300 prisoners on Saturday.'), 'swapped');
  assert.deepEqual(e.actors?.map((a) => a.code), ['RUS', 'UKR']);
});
test('talks described by a mediating participle are not the mediator\'s', T, () => {
  const events = code('Talks mediated by Qatar resumed in Doha on Monday.');
  assert.ok(!events.some((e) => e.type === 'CONSULT' && e.actor?.text === 'Qatar'), JSON.stringify(events.map(brief)));
});
expectAll('an opening phrase without a third party keeps its reading', [
  ['After negotiations mediated by Qatar, the rebels released 20 hostages on Friday.', ['RETREAT the rebels > 20 hostages']],
  ['Trump spoke by phone to Putin on Monday.', ['CONSULT Trump > Putin']],
  ['Egypt brokered a truce between Israel and Hamas on Sunday.', ['CONSULT Egypt > Israel']],
]);

// "China's foreign ministry rejected the report. Spokeswoman Mao Ning said ...": a spokesperson with a name no
// gazetteer knows and no office in the sentence had no code (or the story's). A spokesperson speaks for the body named
// in the latest of its sentence and the two before, the first named there (resolve/unknown-names.ts bodyBefore, rule
// actor:spokesperson-body+unresolved-name).
const spokespersonCode = (text: string) => code(text).find((e) => /^Spokes/.test(e.actor?.text ?? ''))?.actor?.code;
test('a named spokesperson speaks for the body named before', T, () => {
  assert.equal(spokespersonCode('Russia\'s defense ministry said on Monday it had shot down 40 Ukrainian drones. Spokesman Igor Konashenkov accused Kyiv of targeting civilians.'), 'RUSMIL');
  assert.equal(spokespersonCode('The Iranian foreign ministry summoned the British ambassador on Monday. Spokesman Esmaeil Baghaei condemned the sanctions.'), 'IRNGOV');
  assert.equal(spokespersonCode('China\'s foreign ministry rejected the report on Monday. Spokeswoman Mao Ning said Beijing would respond firmly to any provocation.'), 'CHNGOV');
});
test('a spokesperson with no body named before gets no code', T, () => {
  assert.equal(spokespersonCode('Spokesman Igor Petrov accused Kyiv of targeting civilians on Monday.'), null);
  assert.equal(spokespersonCode('Heavy rain flooded the city on Sunday. Spokesman Igor Petrov accused Kyiv of targeting civilians on Monday.'), null);
});
