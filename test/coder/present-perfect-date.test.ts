import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// An act told in the present perfect ("have accused", "has called for") is a record up to now, which English never
// ties to a past day: the day of the sentence before does not date it (src/core/dated-events.ts `carriedDate`); it
// takes the story's day, as a sentence with no date of its own. A simple past still continues the day before.
// Sentences written for this file; published Thursday 2024-05-16, so Monday is 05-13 and Wednesday 05-15.
const coder = createCoder(loadKnowledge());
const dateOf = (text: string, type: string) =>
  coder.code({ id: 'x', text, published: '2024-05-16', title: null }).find((e) => e.type === type)?.date?.value ?? null;

const LEAD = 'Gunmen killed five villagers in northern Burkina Faso on Monday, officials said. ';
const CASES: Array<[string, string, string]> = [
  [LEAD + 'Soldiers stormed a militant camp on Wednesday. Rights groups have accused the army of torturing detainees.', 'ACCUSE', '2024-05-13'],
  [LEAD + 'Protesters clashed with police in Ouagadougou on Wednesday. The opposition has called for a general strike.', 'REQUEST', '2024-05-13'],
  [LEAD + 'The army shelled a village on Wednesday. Mali has condemned the violence and demanded an inquiry.', 'REQUEST', '2024-05-13'],
  // a simple past continues the day of the sentence before
  [LEAD + 'Soldiers stormed a militant camp on Wednesday. Rights groups accused the army of torturing detainees.', 'ACCUSE', '2024-05-15'],
  [LEAD + 'Protesters clashed with police in Ouagadougou on Wednesday. The opposition called for a general strike.', 'REQUEST', '2024-05-15'],
];
for (const [text, type, expected] of CASES) {
  test(`a present perfect takes no carried day: ${text.slice(LEAD.length)}`, { timeout: 60_000 }, () => {
    assert.equal(dateOf(text, type), expected);
  });
}
