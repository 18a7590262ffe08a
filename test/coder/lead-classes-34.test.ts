import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coderPublishedOn, expectAll, expectCodes, expectNone, find, T } from './class-fixture.ts';

// Session 34's lead classes, each on sentences written for this file, with negatives that must not change.
// 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');

// "President Samia Suluhu Hassan ... Hassan blamed": a surname the article introduced names that person, also when the
// actor dictionary knows another person by that one word (Jordan's Hassan, Saudi Arabia's Abdullah, Monaco's Albert)
// (resolve/later-mentions.ts namesSomeoneElse)
expectCodes(code, 'a surname the article introduced beats a one-word dictionary name', [
  ['President Samia Suluhu Hassan thanked the police. Hassan blamed foreign-funded groups for the riots.', 'blamed', 'TZAGOV'],
  ['Sudanese army spokesman Nabil Abdullah said the RSF shelled El Obeid. Abdullah accused the paramilitaries of targeting civilians.', 'accused', 'SDNMIL'],
  ['Haitian police chief Rameau Albert said officers killed 10 gang members in Port-au-Prince. Albert accused the gangs of using children as shields.', 'accused', 'HTICOP'],
  ['Yemeni army spokesman Ahmed Faysal said the Houthis shelled Taiz. Faysal accused the rebels of targeting markets.', 'accused', 'YEMMIL'],
]);
expectCodes(code, 'a one-word dictionary name no one else in the article bears keeps its entry', [
  ['Putin accused Ukraine of attacking a nuclear plant.', 'accused', 'RUSGOV'],
  ['Russian President Vladimir Putin arrived in Beijing. Putin accused the West of provoking the war.', 'accused', 'RUSGOV'],
]);
