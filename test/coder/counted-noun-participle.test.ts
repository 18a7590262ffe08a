import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// "destroyed 24 of 26 Russian drones launched overnight": the count is the verb's object and its "of" noun, read by the
// parser as the participle's subject, is the count's; the participle describes it (tree-repair/reduced-relative-object.ts).
// The event was dropped (its object read as a clause's subject). Sentences written for this file.
const coder = createCoder(loadKnowledge());
const triggers = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null }).map((e) => `${e.type} ${e.trigger.text}`);

const CASES: Array<[string, string]> = [
  ['Ukraine\'s air force said it destroyed 24 of 26 Russian drones launched overnight.', 'ASSAULT destroyed 24 of 26 Russian drones'],
  ['Air defences shot down 30 of 35 missiles fired at Kyiv.', 'ASSAULT shot down 30 of 35 missiles'],
  ['The army intercepted 12 of 15 rockets launched from Lebanon.', 'ASSAULT intercepted 12 of 15 rockets'],
];
for (const [text, expected] of CASES) {
  test(`counted noun with a participle: ${text}`, { timeout: 60_000 }, () => {
    assert.ok(triggers(text).includes(expected), JSON.stringify(triggers(text)));
  });
}
