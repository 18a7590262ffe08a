import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// After "from", a city that can stand for its country ("Tripoli", "Gaza") says where an act came from:
// it is a place, not the act's target.
const coder = createCoder(loadKnowledge());
const ROWS: ReadonlyArray<readonly [text: string, notTarget: string]> = [
  ['Militants fired rockets from Gaza on Monday.', 'Gaza'],
  ['The army shelled villages from Tripoli on Sunday.', 'Tripoli'],
  ['Hamas fired rockets at Israel on Saturday. The group fired the rockets from northern Gaza.', 'Gaza'],
];

for (const [text, city] of ROWS) {
  test(`from a city: ${text}`, { timeout: 60_000 }, () => {
    const events = coder.code({ id: 't', text, published: '2024-05-03', title: null });
    assert.ok(events.length > 0, 'the act is still coded');
    assert.deepEqual(events.filter((e) => e.target?.text === city).map((e) => e.type), []);
  });
}
