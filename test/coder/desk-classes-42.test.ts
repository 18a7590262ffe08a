import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coderPublishedOn, expectAll, expectCodes, expectNone, find, T } from './class-fixture.ts';

// Session 42 classes of political and diplomatic reporting, each on sentences written for this file, with negatives
// that must keep their coding. 9 June 2025 is a Monday; 10 October 2025 a Friday.
const code = coderPublishedOn('2025-06-09');

// 'The former president condemned the vote as "a farce."' as a paragraph of its own between two others: the line ends in
// a quote mark, not a stop, so it was taken for a subhead (a short line with no final stop) and blanked, its act lost.
// A stop closed by a quote or a bracket ends a sentence (nlp/subheads.ts STOP_IN_CLOSING_QUOTE).
expectAll(code, 'a short paragraph whose stop sits inside its closing quote is running text', [
  ['Police arrested ten protesters in Lima on Monday.\n\nThe opposition leader condemned the vote as "a farce."\n\nThe ambassador met the president on Tuesday.', ['ACCUSE The opposition leader > null']],
  ['Troops shelled the town on Sunday.\n\nThe army chief vowed to "respect the truce."\n\nThe rebels said they had retreated.', ['CONCEDE The army chief > null']],
  ['The court jailed two journalists on Friday.\n\nRights groups urged the government to "free them now."\n\nThe ministry declined to comment.', ['REQUEST Rights groups > government']],
]);
// a real subhead (no stop at all, a quoted phrase at its end included) is still no act of its own
expectNone(code, 'a subhead with no stop stays a subhead', 'ACCUSE', [
  'Police arrested ten protesters in Lima on Monday.\n\nOpposition condemns "farce"\n\nThe opposition leader met the ambassador on Tuesday.',
  'Troops shelled the town on Sunday.\n\nMinister condemns the shelling\n\nThe rebels said they had retreated.',
]);

// "The militia was accused by the United Nations of killing civilians": the parse hangs the charged act ("of killing")
// on the accuser's noun, as that noun's clause, so the accuser became the doer of the killing. The act is the passive
// verb's own "of" clause (extract/tree-repair/charge-on-agent.ts), charged by the accusation as the active "accused the
// militia of killing" is (core/governed.ts chargeOfPassive): the one charged does it, alleged, and a charge of a conduct
// with no incident to it is no event of its own.
expectAll(code, 'a passive accusation\'s charged act is done by the one charged', [
  ['The militia was accused by the United Nations of killing 12 civilians in Gao on Sunday.', ['ACCUSE United Nations > The militia', 'ASSAULT The militia > civilians']],
  ['The rebels were accused by the government of abducting 30 students in Kaduna on Friday.', ['ACCUSE government > The rebels', 'ASSAULT The rebels > students']],
  ['The army was accused by villagers of burning 40 homes in Kidal last week.', ['ACCUSE villagers > army', 'ASSAULT army > 40 homes']],
]);
expectNone(code, 'a passive accusation of a conduct makes no act of the accuser', 'COERCE', [
  'Iran has been accused by Western governments of arresting dual nationals.',
  'The junta was accused by rights groups of detaining critics.',
]);
test('a passive accusation: the charged act is alleged', T, () => {
  const e = find(code('Russia was accused by Ukraine of shelling a hospital in Kherson on Monday.'), 'shelling');
  assert.equal(e.provenance.certainty, 'alleged');
});
// the active form and a passive with no charge keep their reading
expectAll(code, 'an active accusation and a plain passive keep their roles', [
  ['The United Nations accused the militia of killing 12 civilians in Gao on Sunday.', ['ASSAULT militia > civilians']],
  ['The plan was praised by leaders of countries opposing the war.', ['SUPPORT leaders of countries > The plan']],
  ['The convoy was attacked by gunmen near Gao on Sunday.', ['ASSAULT gunmen > The convoy']],
]);

// "Congolese civil society groups criticized the deal": the groups named no actor (no role read "civil society
// groups"), so their criticism had no political participant and was dropped. Civil society bodies speak as NGOs do
// (data/actors/roles.tsv).
expectAll(code, 'civil society groups are actors', [
  ['Congolese civil society groups criticized the deal for failing to address justice.', ['ACCUSE Congolese civil society groups > null']],
  ['Civil society organisations in Mali condemned the arrest of the journalist.', ['ACCUSE']],
  ['Civil society groups in Harare called for the release of the activists on Monday.', ['REQUEST Civil society groups > null']],
]);
// a group of no political kind stays no actor
expectNone(code, 'a group of no political kind is no actor', 'ACCUSE', [
  'Local football groups criticized the decision to close the stadium.',
]);

// "protest remarks about a possible military response to an attack on Taiwan": the hedge sits on the answer
// ("response"), and was read as another noun's modifier, so the attack it answers was told as done. An act a hedged
// answer is to, for or against is as hedged (extract/modifier-cue.ts answersAct).
expectNone(code, 'the act a hedged answer is to is no event', 'ASSAULT', [
  'Officials discussed possible reprisals against an attack by the rebels.',
  "The premier's remarks on a possible military response to an attack on Taiwan angered Beijing.",
  'NATO ministers weighed a potential response to a Russian attack on Estonia.',
]);
// an answer told as done, and a hedge on who did a real act, leave the act stated
expectAll(code, 'a real act answered or hedged in its doer stays an event', [
  ['The army launched a response to a Russian attack on Kharkiv on Sunday.', ['ASSAULT Russian > Kharkiv']],
  ['Police arrested the likely perpetrators of the attack on the mosque on Sunday.', ['COERCE Police > likely perpetrators']],
]);

// "Boluarte, who took office in December 2022, ... The vote came a day after gunmen opened fire": a day counted from
// "the day the story was speaking of" took the month of the relative clause before it, a noun's past, and dated the
// shooting December 2022. A date inside a relative clause set off by commas is no day the story counts on from
// (resolve/article-dates.ts describesNoun).
const octoberCode = coderPublishedOn('2025-10-10');
function expectDate(name: string, cases: ReadonlyArray<readonly [string, string, string | null]>): void {
  for (const [text, trigger, date] of cases) {
    test(`${name}: ${text}`, T, () => {
      const e = find(octoberCode(text), trigger);
      assert.equal(e.date?.value ?? null, date, JSON.stringify(e.date));
    });
  }
}
expectDate('a day counted from the story\'s time skips a relative clause\'s date', [
  ['The minister, who took office in December 2022, has few allies. The vote came a day after gunmen opened fire on a band in Lima.', 'opened fire', '2025-10-09'],
  ['The general, who seized power in August 2023, is popular. The vote came two days after soldiers arrested an opposition leader in Libreville.', 'arrested', '2025-10-08'],
  ['The envoy, who was expelled on March 3, 2024, has returned. The talks came a day after rebels shelled Goma.', 'shelled', '2025-10-09'],
]);
// a history's own date, and a day of the sentence before, are still counted from
expectDate('a history\'s date and a stated day still anchor', [
  ['At Sedan in September 1870 the Germans captured the emperor. Two days later, crowds proclaimed a republic in Paris. German troops then besieged Paris.', 'besieged', '1870-09'],
  ['Rebels shelled the airport on Tuesday. The talks came a day after troops arrested a rebel commander in Goma.', 'arrested', '2025-10-06'],
]);

// "Jean Ping, a former foreign minister under President Omar Bongo, condemned": a name no gazetteer knows is a person
// of the title apposed to it only when a comma or stop follows the title, so the leader an office was held under hid
// it and the condemnation had no political participant. A phrase of "under" or "during" closing the apposition leaves
// the title the name's (resolve/unknown-names.ts SERVED_UNDER).
expectAll(code, 'a title held under a leader is still the apposed name\'s', [
  ['Jean Ping, a former foreign minister under President Omar Bongo, condemned the arrests.', ['ACCUSE Jean Ping > null']],
  ['Ahmed Bello, a former army chief under President Obasanjo, condemned the attack.', ['ACCUSE Ahmed Bello > null']],
  ['Maria Lopez, a senior diplomat under President Duque, criticized the deal.', ['ACCUSE Maria Lopez > null']],
  ['Tomas Varga, a defence minister during the war, criticized the deal.', ['ACCUSE Tomas Varga > null']],
]);
// a name with no title apposed stays no actor
expectNone(code, 'a name apposed to no title is no actor', 'ACCUSE', [
  'Jean Ping, a farmer under curfew in the north, condemned the arrests.',
]);

// "Congolese Foreign Minister Thérèse Kayikwamba Wagner met": a group's one-word name closing a titled person's name is
// that person's family name only when the given names before it read as name words, and those were ASCII only, so
// "Thérèse", "José", "Émile", "Łukasz" broke the name and the minister became the Wagner group. Name words are any
// script's capitalised words (resolve/name-particle.ts CAPITALISED_NAME_WORD).
expectCodes(code, 'a titled name with accented given names keeps its family name', [
  ['Congolese Foreign Minister Thérèse Kayikwamba Wagner met the Rwandan envoy.', 'met', 'CODGOV'],
  ['Senator Émile Wagner condemned the attack on Monday.', 'condemned', null],
  ['Police chief Łukasz Wagner condemned the attack on Monday.', 'condemned', null],
  ['Foreign Minister José Wagner met the envoy.', 'met', null],
]);
// the group's own name, and its fighters, stay the group
expectCodes(code, 'the group named by its one word stays the group', [
  ['Wagner fighters attacked a village in Mali on Sunday.', 'attacked', 'wagner-group'],
  ['Russian Wagner mercenaries attacked a village in Mali on Sunday.', 'attacked', 'wagner-group'],
]);

// "Secretary of State Antony Blinken, who visited Kyiv in March, criticized Moscow": the parse hung the name on its title
// (an apposition, or the title's "of" noun), so the ", who" clause found no antecedent of its own, stayed the root, and
// the sentence's predicate, its conjunct, took its date. A name apposed or hung by "of" on the title before it with no
// comma between is the titled antecedent of a "who" clause (extract/tree-repair/relative-clause.ts isTitlesName).
const mayCode = coderPublishedOn('2025-05-02');
function expectMayDates(name: string, cases: ReadonlyArray<readonly [string, string, string | null]>): void {
  for (const [text, trigger, date] of cases) {
    test(`${name}: ${text}`, T, () => {
      const e = find(mayCode(text), trigger);
      assert.equal(e.date?.value ?? null, date, JSON.stringify(e.date));
    });
  }
}
expectMayDates('a titled name\'s relative clause dates only its own act', [
  ['Secretary of State Antony Blinken, who visited Kyiv in March, criticized Moscow.', 'criticized', '2025-05-02'],
  ['Minister of Defence Ali Hassan, who toured Gao in March, threatened the rebels.', 'threatened', '2025-05-02'],
  ['Secretary of Defense Lloyd Austin, who visited Kyiv in March, warned Moscow against escalation.', 'warned', '2025-05-02'],
  ['U.S. Secretary of State Marco Rubio, who visited Georgetown in March, warned Caracas that any attack on Guyana would carry serious consequences.', 'warned', '2025-05-02'],
  ['Secretary of State Antony Blinken, who visited Kyiv in March, criticized Moscow.', 'visited', '2025-03'],
]);
// a bare name's relative clause, and a place's governor, keep their reading
expectMayDates('a bare name\'s relative clause keeps its reading', [
  ['Rubio, who visited Georgetown in March, condemned the attack.', 'condemned', '2025-05-02'],
  ['Foreign Minister Sergei Lavrov, who met the envoy in Ankara last month, condemned the strikes.', 'met', '2025-04'],
]);

// "The minister, who visited Moscow in March, warned Kyiv": the city the sentence's predicate names after the relative
// clause was inherited by the clause's visit as its setting, and placed the visit in Kyiv. A relative clause told before
// its noun's predicate inherits no place of the predicate after it (core/clause-places.ts inOtherClause).
const expectMayPlaces = (name: string, cases: ReadonlyArray<readonly [string, string, string | null]>) => {
  for (const [text, trigger, place] of cases) {
    test(`${name}: ${text}`, T, () => {
      const e = find(mayCode(text), trigger);
      assert.equal(e.location?.name ?? null, place, JSON.stringify(e.location));
    });
  }
};
expectMayPlaces('a relative clause\'s act takes no place from the predicate after it', [
  ['The minister, who visited Moscow in March, warned Kyiv that any attack would carry consequences.', 'visited', 'Moscow'],
  ['The minister, who visited Georgetown in March, warned Caracas that any attack would carry consequences.', 'visited', 'Georgetown'],
  ['Defense Secretary Pete Hegseth, who visited Manila in March, warned Beijing against provocations.', 'visited', 'Manila'],
]);
// a setting that opens the sentence still places the clause's act
expectMayPlaces('a fronted setting still places a relative clause\'s act', [
  ['In Gao, militants who attacked a base were arrested on Sunday.', 'attacked', 'Gao'],
]);

// "at least 18 people have been killed since the protests began on October 21. Human Rights Watch accused ...": the day
// a stretch began, told in its "since ... began" clause, was carried to the next sentence's act as its date. Like a
// date after "since" itself, it dates no act after it (resolve/article-dates.ts SINCE_BEGAN).
const novemberCode = coderPublishedOn('2024-11-08');
function expectNovemberDates(name: string, cases: ReadonlyArray<readonly [string, string, string | null]>): void {
  for (const [text, trigger, date] of cases) {
    test(`${name}: ${text}`, T, () => {
      const e = find(novemberCode(text), trigger);
      assert.equal(e.date?.value ?? null, date, JSON.stringify(e.date));
    });
  }
}
expectNovemberDates('the day a stretch began is carried to no later act', [
  ['A rights group said at least 18 people have been killed since the protests began on October 21. Human Rights Watch accused the security forces of using excessive force.', 'accused', '2024-11-08'],
  ['Officials said 40 soldiers have died since the offensive started on October 3. The rebels accused the army of shelling villages.', 'accused', '2024-11-08'],
  ['Medics said 12 people have been killed since the clashes erupted on October 30. The opposition urged the government to withdraw the police.', 'urged', '2024-11-08'],
]);
// a day told of an act is still carried
expectNovemberDates('a day of an act is still carried', [
  ['Police arrested 20 protesters on October 21. Human Rights Watch accused the security forces of using excessive force.', 'accused', '2024-10-21'],
]);
