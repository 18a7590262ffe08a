import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// Driving an armed side out of a place is the use of force (data/patterns/extra-verbs.tsv "push|drive|chase|flush
// * out of", CAMEO 190): the side driven out is the target. Sentences written for this file.
const coder = createCoder(loadKnowledge());
const brief = (e: Event) => `${e.type} ${e.actor?.text ?? null} -> ${e.target?.text ?? null}`;
const CASES: Array<[string, string]> = [
  ['Iraqi troops drove Islamic State militants out of the town on Sunday.', 'ASSAULT Iraqi troops -> Islamic State militants'],
  ['Kurdish fighters chased the jihadists out of the village on Monday.', 'ASSAULT fighters -> the jihadists'],
  ['Government forces pushed the rebels out of the district on Friday.', 'ASSAULT Government forces -> the rebels'],
];
for (const [text, expected] of CASES) {
  test(`driven out — "${text}"`, () => {
    const events = coder.code({ id: 'x', text, published: '2024-05-10', title: null });
    const e = events.find((x) => x.rules.some((r) => r.startsWith('pattern:data/patterns/extra-verbs.tsv') && r.includes('out of')));
    assert.ok(e, events.map(brief).join('; '));
    assert.equal(brief(e), expected);
  });
}
