import { coderPublishedOn, expectAll as expectAllOf, expectCodes as expectCoded } from './class-fixture.ts';

// Session 45 classes of the target (to whom or what an event was done), each on sentences written for this file, with
// negatives that must not change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectAllOf(code, name, cases);
const expectCodes = (name: string, cases: ReadonlyArray<readonly [string, string, string | null | undefined, (string | null)?]>) => expectCoded(code, name, cases);

// "Gunmen stormed a church, killing nine worshippers. The governor condemned the attack.": a condemnation of an act
// told before names no party of its own; the hand-coded sets leave its target empty (16 of 19 such condemnations),
// so the earlier act's doer is no longer taken from the story (core/condemned-act-doer.ts namedInSentence).
expectAll('a condemned act\'s doer the sentence does not name is no target', [
  ['Gunmen stormed a church in Kaduna on Sunday, killing nine worshippers. The state governor condemned the attack.', ['ACCUSE governor > null']],
  ['Soldiers detained 30 students in Mandalay on Monday. Amnesty International condemned the detentions.', ['ACCUSE Amnesty International > null']],
  ['The European Union imposed tariffs on Chinese steel on Tuesday. Beijing denounced the decision on Wednesday.', ['ACCUSE Beijing > null']],
  ['Rebels shelled a hospital in El Fasher on Friday. The World Health Organization condemned the shelling.', ['ACCUSE World Health Organization > null']],
]);
// (a doer the condemnation's own sentence names stays: by its name, its head noun, a by-phrase, a possessor)
expectAll('a condemned act\'s doer named in the sentence stays the target', [
  ['Police fired tear gas at students in Dhaka on Monday. The United Nations condemned the police crackdown.', ['ACCUSE United Nations > police']],
  ['France condemned Russia\'s strikes on Kyiv.', ['ACCUSE France > Russia']],
  ['The UN condemned the shelling of the hospital by rebel forces.', ['ACCUSE UN > rebel forces']],
]);

// "ambushed a security patrol, killing four policemen", "attacked a convoy, killing three soldiers": a unit of people
// (or the post it mans) struck stands for its side; with no code of its own it takes the code of the dead its
// participle counts and keeps its words, as a settlement struck does for its people (core/refiners.ts
// mergeParticipleConsequences, settlement-targets.ts namesMannedThing).
expectCodes('a unit or post struck takes the code of its dead', [
  ['Gunmen ambushed a security patrol near Homs on Wednesday, killing four Syrian policemen.', 'ambushed', null, 'SYRCOP'],
  ['Insurgents attacked a convoy in Kunar province on Sunday, killing three Afghan soldiers.', 'attacked', undefined, 'AFGMIL'],
  ['Gunmen ambushed a patrol near Mopti on Sunday, killing six Malian soldiers.', 'ambushed', undefined, 'MLIMIL'],
  ['Jihadists attacked a checkpoint near Gao on Monday, killing five Malian soldiers.', 'attacked', undefined, 'MLIMIL'],
]);
expectAll('a unit or settlement struck keeps its words', [
  ['Insurgents attacked a convoy in Kunar province on Sunday, killing three Afghan soldiers.', ['ASSAULT Insurgents > a convoy']],
  ['Myanmar\'s military bombed a village in Shan state on Tuesday, killing nine civilians.', ['ASSAULT Myanmar\'s military > a village']],
]);
// (a building or vehicle struck keeps its own reading; a unit that already has a code keeps it)
expectCodes('a building struck or a coded unit keeps its code', [
  ['Russian drones struck a fuel depot near Odesa on Friday, killing three Ukrainian workers.', 'struck', undefined, null],
  ['Militants ambushed a Pakistani military convoy on Monday, killing two soldiers.', 'ambushed', undefined, 'PAKMIL'],
]);

// "A Russian glide bomb hit a bus station, killing two people": the toll a participle tells joined the first act of its
// sentence, the weapon noun that opens it ("bomb", no target), so its dead became the target; it continues the nearest
// act before it, the verb it hangs on, and the thing that verb hit stays (core/refiners.ts mergeParticipleConsequences).
expectAll('a weapon noun\'s clause keeps what its verb hit', [
  ['A Russian glide bomb hit a bus station in Sumy on Monday, killing two people.', ['ASSAULT Russian > a bus station']],
  ['A Russian guided bomb hit a village near Izium on Monday, wounding three civilians.', ['ASSAULT Russian > a village']],
  ['An Israeli drone strike hit a school in Gaza City on Tuesday, killing seven people.', ['ASSAULT Israeli > a school']],
]);
// (one act in the clause: its toll joins it as before; a settlement keeps its words and its people's code)
expectCodes('a single act keeps its toll and code', [
  ['Sudanese army shells hit a crowded market in Omdurman on Monday, killing 14 civilians.', 'hit', undefined, null],
  ['Russian drones struck a village near Kupiansk on Sunday, killing two civilians.', 'struck', 'RUSMIL', 'UKRCVL'],
]);
