import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// A mission or force named by its work is the body that acts when it is a verb's subject ("the U.N. peacekeeping
// mission withdrew from Mali"): no AID event of its own (src/core/non-events.ts, clause-cues.tsv `acting-body`).
// Deploying one is still the act. Sentences written for this file.
const coder = createCoder(loadKnowledge());
const types = (text: string) => coder.code({ id: 'x', text, published: '2024-05-13', title: null }).map((e) => `${e.type} ${e.trigger.text}`);

const CASES: Array<[string, string[]]> = [
  ['The United Nations peacekeeping mission withdrew from Mali last year.', ['RETREAT withdrew from']],
  ['The African Union peacekeeping force killed 12 militants.', ['ASSAULT killed 12 militants']],
  ['The U.N. stabilization mission evacuated its staff from the town.', ['SANCTION evacuated its staff']],
  // the work as an act
  ['The U.N. deployed a peacekeeping mission to the region.', ['AID deployed a peacekeeping mission']],
];
for (const [text, expected] of CASES) {
  test(`a body named by its work acts: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(types(text), expected);
  });
}
