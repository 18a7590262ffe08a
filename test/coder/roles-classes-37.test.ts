import { coderPublishedOn, expectAll, expectCodes as expectCoded, expectNone as expectNoneCoded } from './class-fixture.ts';

// Session 37 classes of who did it to whom, each on sentences written for this file, with negatives that must not
// change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);
const expectCodes = (name: string, cases: ReadonlyArray<readonly [string, string, string | null | undefined, (string | null)?]>) => expectCoded(code, name, cases);
void expectNone;

// "the convoy that Russian drones struck", "the village which militants attacked": an object relative whose pronoun the
// parse read as the determiner of the clause's subject ("that drones") is repaired (tree-repair/object-relative-clause.ts:
// the pronoun is the verb's object, the clause the noun's), and the noun the clause lacks as its object is where the act
// lands before a time's "on Monday" (tree-roles/landing-node.ts, rule roles:tree-object-gap). The actor had been "that
// Russian drones" and the target none.
expectAll(code, 'an object relative with its own subject lands on its noun', [
  ['Rescuers reached the convoy that Russian drones struck on Monday.', ['ASSAULT Russian drones > the convoy']],
  ['Aid workers returned to the village which militants attacked last week.', ['ASSAULT militants > the village']],
  ['Troops rebuilt the bridge that rebels blew up on Sunday.', ['ASSAULT rebels > the bridge']],
  ['Doctors fled the hospital that government jets bombed on Tuesday.', ['ASSAULT government jets > hospital']],
  ['Rescuers searched the market, which Russian missiles hit on Monday.', ['ASSAULT Russian missiles > the market']],
]);
// a question's "which" is no relative; a verb of means aims at its own "at"; the passive and contact cases stay
expectAll(code, 'questions, means and passives keep their reading', [
  ['Investigators asked the police which officers fired on the crowd on Monday.', ['ASSAULT officers > the crowd']],
  ['Police recovered the rockets that militants fired at the base on Monday.', ['ASSAULT militants > the base']],
  ['Troops freed the hostages whom the gang had kidnapped in May.', ['ASSAULT the gang > the hostages']],
]);
expectNone('a passive relative names no agent here', 'ASSAULT', ['Rescuers reached the convoy that was struck by drones on Monday.']);

// "Drones struck a checkpoint in Pakistan's Khyber Pakhtunkhwa province": the thing struck inside a state's possessed
// province is the target, with the state's code (the convention of the Ryazan and Balochistan corpus rows). A weapon as
// the subject now reads the place's country as an attacker does (candidate.ts roles:target-from-object-place, carried
// onto the thing in tree-roles/named-act.ts), and a setting hung on the verb ("hit a refinery | in Russia's Ryazan
// region") gives way to the thing as one hung on the thing does (tree-targets.ts); the thing had no code, or the
// target was the text "Russia".
expectCodes('a thing in a possessed province carries the state\'s code', [
  ['Drones struck a checkpoint in Pakistan\'s Khyber Pakhtunkhwa province on Monday.', 'struck', null, 'PAK'],
  ['Rockets hit a base in Syria\'s Deir el-Zor province on Monday.', 'hit', null, 'SYR'],
  ['A drone hit an oil depot in Russia\'s Belgorod region on Monday.', 'hit', null, 'RUS'],
  ['Ukrainian drones hit an oil refinery in Russia\'s Ryazan region on Monday.', 'hit', 'UKRMIL', 'RUS'],
]);
expectAll(code, 'the thing is the target\'s words', [
  ['Ukrainian drones hit an oil refinery in Russia\'s Ryazan region on Monday.', ['ASSAULT Ukrainian drones > an oil refinery']],
  ['Drones struck a checkpoint in Pakistan\'s Khyber Pakhtunkhwa province on Monday.', ['ASSAULT null > a checkpoint']],
]);
// a city's or a region's thing with no possessed state keeps its reading; a place struck whole stays the place
expectCodes('no possessed state, no code lent', [
  ['A missile hit a market in Kyiv on Monday.', 'hit', null, null],
  ['Russian troops shelled residential areas of Kherson on Monday.', 'shelled', 'RUSMIL', 'UKR'],
]);
