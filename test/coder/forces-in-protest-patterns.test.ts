import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// Class: a protest pattern (occupying a site, blocking a road) done by armed forces or police is no protest
// (data/patterns/argument-senses.tsv, rows with `when` PROTEST): forces taking a site use force (ASSAULT, as
// "seized the town"), police taking one raid it (COERCE seize), forces or police closing a road restrict movement
// (COERCE restrict). Crowds doing the same still protest. Sentences written for this file.
const coder = createCoder(loadKnowledge());
const types = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null }).map((e) => `${e.type} ${e.cameo}`);

const CASES: Array<[string, string]> = [
  ['The Taliban seized the district headquarters late Monday.', 'ASSAULT 190'],
  ['Troops occupied the university campus on Friday.', 'ASSAULT 190'],
  ["Rebels seized the governor's office in the provincial capital.", 'ASSAULT 190'],
  ["Police occupied the opposition party's headquarters.", 'COERCE 171'],
  ['Riot police occupied the offices of the newspaper on Tuesday.', 'COERCE 171'],
  ['Soldiers blocked the main road into the city.', 'COERCE 191'],
  ['Police blocked the roads leading to the stadium.', 'COERCE 191'],
  // crowds: unchanged
  ['Students occupied the university campus on Friday.', 'PROTEST 144'],
  ['Farmers blocked the main highway with tractors.', 'PROTEST 144'],
  ['Protesters seized the city hall in the capital.', 'PROTEST 144'],
  // a role phrase is forces only by its head word: "guerrilla tactics" are no guerrillas
  ['Activists adopted new guerrilla tactics to occupy government offices.', 'PROTEST 144'],
];
for (const [text, expected] of CASES) {
  test(`forces in a protest pattern: ${text}`, { timeout: 60_000 }, () => assert.deepEqual(types(text), [expected]));
}
