import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coderPublishedOn, brief, expectAll as expectAllCoded, expectNone as expectNoneCoded, T, expectCount as expectCountOf } from './class-fixture.ts';

// Session 46 precision on political and conflict news: classes behind the false events of eleven sets of articles
// written and hand-coded for the purpose (kept outside the repository). Every sentence here is written for this file;
// negatives of the same words are real events and must stay. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectAllCoded(code, name, cases);
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);

const expectCount = (name: string, type: string, cases: ReadonlyArray<readonly [string, number]>) => expectCountOf(code, name, type, cases);

// "The militants stormed the base, torched vehicles and killed 12 soldiers": the physical details of one attack that
// one doer's verbs list by "and" or commas in one sentence are one ASSAULT (coding guide rule 2: a lead and its
// elaborating details form one event), spoken for by the first act; an abduction in the raid (CAMEO 181, PLOVER
// ASSAULT) and the weapons seized there are details of it too, as the hand-coded sets code them
// (src/core/one-attack-details.ts).
expectCount('the details of one attack are one act', 'ASSAULT', [
  ['The militants stormed the army base, torched vehicles and killed 12 soldiers on Tuesday.', 1],
  ['Bandits killed four traders and burned a dozen shops in the town of Gusau on Friday.', 1],
  ['Rebels shot dead a nurse and wounded two patients at a clinic in Beni on Sunday.', 1],
  ['Gunmen killed five villagers and abducted 30 others in Zamfara state on Saturday.', 1],
]);
expectAll('the first act speaks for the attack', [
  ['Bandits killed four traders and burned a dozen shops in the town of Gusau on Friday.', ['ASSAULT Bandits > four traders']],
  ['Jihadists overran the army post, killed nine soldiers and seized weapons on Thursday.', ['ASSAULT Jihadists > the army post']],
]);
expectNone('weapons seized in the raid are part of it', 'COERCE', [
  'Jihadists overran the army post, killed nine soldiers and seized weapons on Thursday.',
]);
// ... apart when the text times them apart, another doer does the next, or they land on two named sides
expectCount('acts timed apart, by two doers, or on two sides stay two', 'ASSAULT', [
  ['The army shelled the village on Sunday and later bombed the market.', 2],
  ['Rebels killed 12 soldiers on Monday and burned the village on Tuesday.', 2],
  ['Militants attacked a checkpoint and soldiers killed three of them.', 2],
  ['Israeli jets struck a Hamas compound and bombed a Lebanese army post on Monday.', 2],
  ['Militias shelled the Sudanese army\'s positions and attacked RSF fighters near El Obeid on Monday.', 2],
]);

// "Russia launched its full-scale invasion of Ukraine in February 2022" told after a 2025 story's lead: an act that its
// own time phrase ("in", "during" a year) dates two or more years before the story is history told as its background
// (coding guide rule 1; src/core/background.ts datedHistoryCue). Last year's act, one dated by a day of the story's
// week, a year that only dates what the act's object names, a relative clause's act, and the story's lead stay.
const LEAD = 'Ukraine\'s president met European leaders in Kyiv on Monday.';
expectNone('an act dated years before the story is history', 'ASSAULT', [
  `${LEAD} Russia launched its full-scale invasion of Ukraine in February 2022 and occupies about a fifth of the country.`,
  `${LEAD} Belarus allowed Russian troops to use its territory to invade Ukraine in 2022.`,
  'Israel\'s cabinet met in Jerusalem on Sunday. Israel captured the Golan Heights during the 1967 war.',
]);
expectNone('a withdrawal dated years before is history too', 'RETREAT', [
  'Ecuadoreans rejected foreign bases in a referendum on Sunday. U.S. forces left the air base at Manta in 2009.',
]);
expectNone('a coup dated years before is history too', 'COERCE', [
  'Mali\'s junta leader met West African envoys in Bamako on Tuesday. The army seized power in a coup in July 2021, and the junta has ruled since.',
]);
expectAll('last year\'s act, a day of the story\'s week, an old year on the object, and the lead stay', [
  [`${LEAD} Russian troops seized the village in November 2024, officials said.`, ['ASSAULT Russian troops > the village']],
  ['Police arrested the opposition leader in Harare on Monday over a protest held in 2019.', ['COERCE Police > opposition leader']],
  ['U.S. forces left the air base at Manta in 2009.', ['RETREAT']],
  [`${LEAD} The government pardoned the journalists it had jailed in 2021.`, ['COERCE']],
]);

// "Such attacks are commonly carried out by armed gangs": an act that "commonly", "often", "usually" or "typically"
// happens is a habit, no act on an occasion (coding guide rule 1; background-cues.tsv before). One done on a day stays.
expectNone('what commonly or usually happens is a habit', 'ASSAULT', [
  'Such attacks are commonly carried out by armed gangs.',
  'Kidnappings for ransom are often carried out by bandits in the northwest.',
  'Raids on villages are typically carried out by armed herders.',
]);
// "The district has seen frequent militant attacks": act nouns that a place or a time has seen or witnessed, counted,
// called frequent or repeated, or in the perfect, tally many occasions (coding guide rule 1: generic statistics;
// background-cues.tsv record-verb, record-count). Acts someone saw done stay.
expectNone('attacks a place has seen are a tally', 'ASSAULT', [
  'The district has seen frequent militant attacks on police.',
  'The region has witnessed repeated kidnappings of farmers this year.',
  'Bannu has seen three suicide bombings on police posts.',
]);
expectAll('acts done on an occasion, or seen done, stay', [
  ['Residents saw gunmen attack the market on Monday.', ['ASSAULT gunmen > null']],
  ['Gunmen attacked a police post in Bannu on Monday.', ['ASSAULT Gunmen > a police post']],
  ['Bandits carried out a raid on the village of Kauran on Sunday.', ['ASSAULT']],
]);

// "President Tinubu has promised to end the insecurity": one side's promise, pledge or vow that names no one it would
// cooperate with is a pledge to voters, no AGREE (PLOVER AGREE is a commitment to cooperate; coding guide rule 1;
// src/core/pledge-to-no-one.ts). A promise to a named party stays.
expectNone('a one-sided pledge to no one is no agreement', 'AGREE', [
  'President Tinubu has promised to end the insecurity.',
  'The new president pledged to declare war on crime.',
  'The governor vowed to rebuild every school destroyed in the floods.',
]);
expectAll('a promise to a named party stays', [
  ['Iran pledged to cooperate with the IAEA.', ['AGREE Iran > IAEA']],
  ['Russia promised to supply Serbia with gas.', ['AGREE Russia > Serbia']],
]);
