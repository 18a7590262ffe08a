import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// Class: a verb in the perfect or progressive with a stretch of years ("has waged an insurgency for more than 15
// years", "have been fighting the army for a decade") is durative background, no event of the news day
// (background-cues.tsv, where after-perfect); a term an act sets ("jailed him for more than 15 years") stays an event.
// Sentences written for this file.
const coder = createCoder(loadKnowledge());
const types = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null }).map((e) => e.type);

const BACKGROUND = [
  'The group has waged an insurgency against the government in Mogadishu for more than 15 years.',
  'The rebels have been fighting the army for a decade.',
  'The militia has attacked villages in the region for over two years.',
];
for (const text of BACKGROUND) test(`durative background: ${text}`, { timeout: 60_000 }, () => assert.deepEqual(types(text), []));

const EVENTS: Array<[string, string]> = [
  ['A court jailed the opposition leader for more than 15 years on Monday.', 'COERCE'],
  ['Police detained the journalist for two days.', 'COERCE'],
  ['The government banned the party for more than a decade.', 'COERCE'],
];
for (const [text, type] of EVENTS) test(`a term the act sets is no background: ${text}`, { timeout: 60_000 }, () => assert.deepEqual(types(text), [type]));
