import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// Class: an act in the to-infinitive of another verb ("will travel to Brussels next week to meet NATO officials")
// has that verb's plan, doubt or negation, however far the cue stands from the act (src/core/hedged-act.ts).
// Sentences written for this file.
const coder = createCoder(loadKnowledge());
const meetings = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null })
  .filter((e) => e.trigger.text === 'meet').map((e) => e.provenance.certainty);

const CASES: Array<[string, string[]]> = [
  ['The Turkish foreign minister will travel to Brussels next week to meet NATO officials.', ['planned']],
  ['Biden will travel to Poland next week to meet allied leaders.', ['planned']],
  ['The White House said President Joe Biden would travel to Poland next week to meet allied leaders.', ['planned']],
  // negated: no meeting
  ['Erdogan did not fly to Tehran to meet Iranian President Masoud Pezeshkian.', []],
  // a trip that happened: its purpose stays as stated
  ['The Turkish foreign minister traveled to Brussels last week to meet NATO officials.', ['asserted']],
];
for (const [text, expected] of CASES) {
  test(`a purpose infinitive has its verb's modality: ${text}`, { timeout: 60_000 }, () => assert.deepEqual(meetings(text), expected));
}
