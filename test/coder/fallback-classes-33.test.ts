import { coderPublishedOn, expectAll as expectCoded, expectNone as expectNoneCoded } from './class-fixture.ts';

// Session 33 fallback classes, on sentences written for this file. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectCoded(code, name, cases);
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);

// "Peskov said Russia would respond to the strikes" coded nothing (only "respond to any attack" was a row): an answer to a
// told attack, announced, is a threat (core/conditional-threat.ts); the row's flag `announced` (knowledge/patterns.ts,
// extract/pattern-requirements.ts) keeps it to acts still to come, so "police responded to the attack" stays nothing
expectAll('an announced answer to a told attack is a threat', [
  ['Kremlin spokesman Dmitry Peskov said Russia would respond to the strikes.', ['THREATEN']],
  ['Iran said it will respond to the Israeli attack.', ['THREATEN Iran > Israeli']],
  ['Hezbollah said it would respond to the Israeli strikes on Beirut.', ['THREATEN Hezbollah > Israeli']],
  ['Pakistan said it would retaliate to the Indian strikes.', ['THREATEN']],
]);
expectNone('an answer told as done is no threat', 'THREATEN', [
  'Police responded to the attack within minutes.',
  'Israel responded to the attack with airstrikes on Gaza.',
  'Troops responded to an attack by Taliban fighters on a checkpoint in Helmand province on Sunday.',
]);
expectNone('an answer told as done is no attack either', 'ASSAULT', ['Police responded to the attack within minutes.']);

// "troops responded to an attack by rebels on a post": the longest match, the `announced` row "respond to * attack",
// outweighed the noun "attack" in the longest-match choice (extract/triggers.ts), then failed its requirement in
// candidate.ts, and the told attack was lost. A row whose `requires` fail is no match: the choice is made again without
// it (extract/unmet-rows.ts), so the noun's row codes the attack it names
expectAll('a row whose requirements fail leaves its words to the shorter rows', [
  ['Troops responded to an attack by Taliban fighters on a checkpoint in Helmand province on Sunday.', ['ASSAULT Taliban fighters > a checkpoint']],
  ['Police replied to a raid by armed bandits on a village in Zamfara state on Sunday.', ['ASSAULT armed bandits > a village']],
  ['Soldiers reacted to an assault by Shabab fighters on their base near Mogadishu on Monday.', ['ASSAULT Shabab fighters > their base']],
  ['The army said it reacted to an assault by Islamic State fighters on a base in Deir el-Zour on Friday.', ['ASSAULT Islamic State fighters > a base']],
]);
