import { coderPublishedOn, expectAll as expectAllCoded, expectNone as expectNoneCoded, expectCount as expectCountOf } from './class-fixture.ts';

// Session 48 precision on genres rich in non-events (election results, court rulings, summit readouts, sanctions
// explainers, anniversary features, rights reports): classes behind the false events of a set of articles written and
// hand-coded for the purpose (kept outside the repository). Every sentence here is written for this file; the
// near-misses are real events and must stay. 24 November 2025 is a Monday. A story's lead is its news, so each text
// opens with a lead and the sentence of the class comes second.
const code = coderPublishedOn('2025-11-24');
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectAllCoded(code, name, cases);
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);
const expectCount = (name: string, type: string, cases: ReadonlyArray<readonly [string, number]>) => expectCountOf(code, name, type, cases);
const LEAD = 'Thousands of workers went on strike in the capital on Monday. ';

// "The war escalated in September 2024, when ...", "on Oct. 8, 2023", "the March 3, 2023 bombing": a month with its
// year a year or more before the story dates history told as background (coding guide rule 1; core/old-date.ts,
// core/dated-history.ts); a year alone must still be two or more before ("in 2024" may be last month).
expectNone('a month with its year long before is history', 'ASSAULT', [
  `${LEAD}The war escalated in September 2024, when the army killed the rebel commander in an airstrike.`,
  `${LEAD}Militants stormed the border post on Oct. 8, 2023, killing four guards.`,
  `${LEAD}The court issued a ruling over the March 3, 2023 bombing of the embassy.`,
]);
expectNone('a conjunct shares its when-clause setting', 'MOBILIZE', [
  `${LEAD}The war escalated in September 2024, when the army killed the commander and sent ground troops into the valley.`,
  `${LEAD}The crisis deepened in August 2024, when the junta arrested the prime minister and deployed troops to the capital.`,
]);
expectNone('a stretch between dates long before is history', 'CONSULT', [
  `${LEAD}The two sides held 40 rounds of talks between March 2022 and June 2023.`,
]);
expectAll('an act of this year, or of the story\'s week, stays', [
  [`${LEAD}Rebels seized the airport in January 2025, officials said.`, ['ASSAULT']],
  [`${LEAD}Police arrested the editor on Oct. 8, 2025, his lawyer said.`, ['COERCE']],
  [`${LEAD}Troops shelled the town on Sunday, the army said.`, ['ASSAULT']],
  [`${LEAD}Militants stormed the border post on Oct. 8, 2025, killing four guards.`, ['ASSAULT']],
]);

// "Russia and Ukraine last held direct talks in Istanbul in July", "the last time the presidents met": the latest
// occasion before the news, recalled, is background with what its clauses tell (core/previous-occasion.ts,
// background-cues.tsv previous-occasion, occasion-noun); "last week", "at last" and a day of the story's week are no recall.
expectNone('an occasion recalled with "last" is no meeting', 'CONSULT', [
  `${LEAD}The two governments last held direct talks in Vienna in March, where they agreed to reopen a border crossing.`,
  `${LEAD}The last time the two presidents met, they signed a trade accord.`,
  `${LEAD}The foreign ministers last met in person a year ago in Geneva.`,
]);
expectNone('what a recalled occasion\'s clause tells goes with it', 'CONCEDE', [
  `${LEAD}The two governments last held direct talks in Vienna in March, where they agreed to reopen a border crossing.`,
]);
expectAll('"last week", "at last" and the story\'s own day stay', [
  [`${LEAD}Police last week arrested three protesters in the capital.`, ['COERCE']],
  [`${LEAD}The rebels at last agreed to a truce, officials said.`, ['AGREE']],
]);

// "Amnesty said Israel is committing genocide": an act a speaker names only by a condemning word, with no article to
// make it one occasion, is the speaker's charge (coding guide rule 5), no incident (core/spoken-accusations.ts
// chargedConduct); "committed a massacre in the village on Sunday" tells one incident.
expectNone('a charged conduct is no attack', 'ASSAULT', [
  `${LEAD}A rights group said on Thursday that the army is committing genocide in the region.`,
  `${LEAD}Human Rights Watch said rebel groups committed war crimes during the siege.`,
  `${LEAD}Rebels committed atrocities in the region, the monitor said.`,
]);
expectAll('the charge is the speaker\'s accusation', [
  [`${LEAD}A rights group said on Thursday that the army is committing genocide in the region.`, ['ACCUSE']],
  [`${LEAD}Rebels committed atrocities in the region, the monitor said.`, ['ACCUSE']],
]);
expectAll('one incident named so stays an attack', [
  [`${LEAD}Police said gunmen committed a massacre in the village on Sunday.`, ['ASSAULT']],
]);
expectNone('with no speaker nobody accuses', 'ACCUSE', [`${LEAD}Government troops committed war crimes in the north.`]);

// "met on Sunday on the sidelines of the SCO summit": the gathering a meeting happens at is its setting
// (background-cues.tsv circumstance), no second CONSULT; a meeting told alone, and an act in the setting, stay.
expectCount('a summit that sets a meeting is no second meeting', 'CONSULT', [
  [`${LEAD}Indian Prime Minister Narendra Modi and Chinese President Xi Jinping met on Sunday on the sidelines of the Shanghai Cooperation Organization summit in Tianjin.`, 1],
  [`${LEAD}The Saudi crown prince and the Qatari emir held talks on Tuesday on the sidelines of the Gulf Cooperation Council summit in Kuwait.`, 1],
  [`${LEAD}Egyptian President Abdel Fattah el-Sissi and Ethiopian Prime Minister Abiy Ahmed met on Sunday on the margins of the African Union summit in Addis Ababa.`, 1],
]);
expectAll('an act on the margins of a summit stays', [
  [`${LEAD}On the margins of the summit, police detained two protesters.`, ['COERCE']],
  [`${LEAD}Leaders signed a trade accord on the sidelines of the summit, officials said.`, ['AGREE']],
]);
