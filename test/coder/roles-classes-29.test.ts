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
