import { coderPublishedOn, expectAll, expectCodes as expectCoded, expectNone as expectNoneCoded } from './class-fixture.ts';

// Session 38 classes of who did it to whom, each on sentences written for this file, with negatives that must not
// change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);
const expectCodes = (name: string, cases: ReadonlyArray<readonly [string, string, string | null | undefined, (string | null)?]>) => expectCoded(code, name, cases);

// "Mercenaries attacked a village", "vigilantes lynched two suspects", "poachers killed two rangers": armed men named by
// their trade had no role row (Phoenix's mercenaries sit in the agents file, read only after a country), so the act had
// no participant and was dropped. data/actors/roles.tsv now gives hired fighters and vigilantes UAF (an armed band),
// poachers, traffickers and thugs CRM, jailers COP, with the country the story names.
expectCodes('armed men named by their trade take a role and the story\'s country', [
  ['Mercenaries attacked a village in Mali on Monday.', 'attacked', 'MLIUAF'],
  ['Vigilantes lynched two suspects in Mexico on Sunday.', 'lynched', 'MEXUAF'],
  ['A vigilante group lynched a man in Nigeria on Sunday.', 'lynched', 'NGAUAF'],
  ['Poachers killed two rangers in Kenya on Monday.', 'killed', 'KENCRM'],
  ['Thugs beat a reporter in Cairo on Monday.', 'beat', 'EGYCRM', 'EGYMED'],
  ['Jailers beat the inmates in Uganda on Monday.', 'beat', 'UGACOP'],
  ['Police arrested five poachers in Kenya on Monday.', 'arrested', 'KENCOP', 'KENCRM'],
]);
// a country named keeps its demonym's code; those who stay civilians keep theirs
expectCodes('a demonym still decides, civilians stay civilians', [
  ['Russian mercenaries attacked a village in Mali on Monday.', 'attacked', 'RUSUAF'],
  ['Settlers torched Palestinian homes in the West Bank on Monday.', 'torched', 'PSECVL'],
  ['Smugglers shot a border guard in Libya on Monday.', 'shot', 'LBYCRM'],
]);
