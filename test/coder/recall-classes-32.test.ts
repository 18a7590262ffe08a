import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coderPublishedOn, expectAll as expectCoded, expectNone as expectNoneCoded, find, T } from './class-fixture.ts';

// Session 32 recall classes: events the coder missed, each on sentences written for this file, with negatives
// that must not change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectCoded(code, name, cases);
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);

// "forcibly deported", "publicly executed": a verb row that opens with the verb's adverb (verbs.tsv "forcibly deport *
// migrant", "publicly|summarily execute * prisoner") never matched: the matcher asked whether the adverb itself was a
// verb. Such a row is now read at the verb right after the adverb (extract/triggers.ts adverbRowVerb), which is the
// trigger's head and whose form and voice decide, the passive too (pattern-trie.ts passiveAfterVerb).
expectAll('a row that opens with the verb\'s adverb', [
  ['Thailand forcibly returned 40 Uyghurs to China on Thursday.', ['COERCE Thailand > 40 Uyghurs']],
  ['Iran forcibly repatriated hundreds of Afghan refugees on Monday.', ['COERCE Iran > hundreds of Afghan refugees']],
  ['Iran forcibly sent back thousands of Afghans last month, the United Nations said.', ['COERCE Iran > Afghans']],
  ['The army forcibly relocated Bedouin herders from the valley on Monday.', ['ASSAULT army > herders']],
]);
expectAll('a row that opens with the verb\'s adverb, in the passive', [
  ['More than 200 Eritreans were forcibly returned from Egypt on Monday.', ['COERCE null > Eritreans']],
  ['Hundreds of Afghans were forcibly sent back from Pakistan on Monday.', ['COERCE null > Afghans']],
  ['Thousands of Bedouin herders were forcibly relocated from the valley last year.', ['ASSAULT null > herders']],
]);
test('the adverb row names the act, not the verb\'s own row', T, () => {
  const e = find(code('Iran forcibly repatriated hundreds of Afghan refugees on Monday.'), 'forcibly repatriated');
  assert.equal(e.cameo, '174');
  assert.ok(e.rules.some((r) => r.includes('forcibly deport|repatriate|return')), e.rules.join(' '));
});
// a deportation forced or not is COERCE deport by the PLOVER manual ("Expulsions or deportations of individuals ... are
// coded as COERCE"): the adverb row of mass displacement (CAMEO 201) names no deport or expel
expectNone('a forced deportation is no mass displacement', 'ASSAULT', [
  'Dozens of Rohingya were forcibly deported to Myanmar on Friday.',
  'Hundreds of Afghan refugees were forcibly deported from Iran last week.',
]);
expectNone('a return that is no forced one', 'COERCE', [
  'Sudan returned the bodies of the soldiers on Monday.',
  'Iran sent back its envoy to London on Monday.',
  'The refugees returned voluntarily to their villages on Monday.',
]);

// "would not hesitate to use force", "will not hesitate to strike": by the PLOVER manual a forceful warning is a THREATEN
// ("all threats, coercive or forceful warnings"), as "will not stand idly by" (verbs.tsv rows `negated spoken`); the
// rows take the act word, so the act warned of is no event of its own. A spoken warning's "would" is a future told in
// reported speech (core/hedged-act.ts); after a past auxiliary the idiom tells a deed ("did not hesitate to fire",
// extract/pattern-requirements.ts negatesPastDeed), which stays as it was.
expectAll('a warning that the speaker would not hesitate to use force', [
  ['Israel would not hesitate to use force against Iran, the defense minister said.', ['THREATEN Israel > Iran']],
  ['China will not hesitate to use force to defend its territory, the ministry said.', ['THREATEN China > null']],
  ['The army chief said his troops would not hesitate to strike militant hideouts across the border.', ['THREATEN']],
  ['Iran will not hesitate to respond to any aggression, the foreign minister said.', ['THREATEN Iran > null']],
]);
expectNone('a warning that the speaker would not hesitate to use force', 'ASSAULT', [
  'Israel would not hesitate to use force against Iran, the defense minister said.',
]);
expectNone('a hesitation told of the past is no warning', 'THREATEN', [
  'Police did not hesitate to fire on the protesters on Sunday, witnesses said.',
  'The soldiers did not hesitate to shoot, a survivor said.',
  'The minister hesitated to use force against the protesters.',
]);

// "imposed tariffs in retaliation for EU duties": an answer word after "in" or "as" tells the clause's own act as an
// answer to another's (clause-cues answer-manner); the support verb "impose" made it an ASSAULT of the subject. It is
// no act of its own (core/non-events.ts candidate:answer-manner); the main act stays.
// negatives: the main act, and a retaliation done or vowed, stay as they were
expectAll('the clause\'s act told as an answer keeps its own type', [
  ['Canada imposed tariffs on U.S. steel in retaliation for American tariffs on Canadian goods.', ['SANCTION Canada > U.S.']],
  ['The government imposed sanctions on Lithuania in retaliation for the opening of a Taiwan office.', ['SANCTION']],
  ['Russia shelled the town in reprisal for the drone attack on Moscow.', ['ASSAULT Russia > null']],
]);
expectNone('an answer word after "in" is no attack of its own', 'ASSAULT', [
  'Canada imposed tariffs on U.S. steel in retaliation for American tariffs on Canadian goods.',
  'Mexico imposed duties on American pork in retaliation for U.S. steel tariffs.',
  'India imposed a ban on Pakistani imports in retaliation for the border attack.',
  'China imposed export controls on rare earths in retaliation against U.S. chip curbs.',
]);
expectAll('a retaliation done is still an act', [
  ['The rebels carried out reprisals against villagers on Sunday.', ['ASSAULT The rebels > villagers']],
  ['Government troops launched a retaliation against the rebels on Monday.', ['ASSAULT Government troops > the rebels']],
  ['The rebels vowed retaliation after the air strike.', ['THREATEN The rebels > null']],
]);

// "put the blame on the rebels", "laid the blame on the opposition": the row's own noun "blame" was read as an act
// condemned (tree-roles/condemned-act.ts) and the party after "on" as whom that act befell, so with no doer told the
// accusation lost its target. A noun inside the row, with the row's words after it, is the accusation's own word.
expectAll('the party blame is laid on is the accused', [
  ['Authorities put the blame on the rebels for the attack.', ['ACCUSE Authorities > the rebels']],
  ['The army put the blame on Baloch separatists for the attack on the train.', ['ACCUSE army > separatists']],
  ['The government laid the blame on the opposition for the violence.', ['ACCUSE government > the opposition']],
]);
// negatives: a condemned act told before still accuses its doer
expectAll('a condemned act still accuses its doer', [
  ['Rebels attacked a police post on Sunday. The government condemned the attack on the post.', ['ACCUSE government > null']],
]);
