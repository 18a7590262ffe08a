import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// A second verb after "and" with its own marked phrase is a coordinated act, not a participle describing a noun
// (src/extract/tree-repair/participle-conjunct.ts): "arrived on motorcycles and opened fire on residents" lost the
// shooting. "the capital and neighbouring provinces" is still one place. Sentences written for this file.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });
const brief = (e: Event) => `${e.type} ${e.actor?.text ?? null} > ${e.target?.text ?? null}`;

const CASES: Array<[string, string]> = [
  ['The gunmen arrived on motorcycles and opened fire on residents.', 'ASSAULT The gunmen > residents'],
  ['The rebels crossed the river and launched attacks on army posts.', 'ASSAULT The rebels > army posts'],
  ['Militants surrounded the town and fired rockets at the police station.', 'ASSAULT Militants > the police station'],
  ['Soldiers entered the village and detained dozens of young men.', 'COERCE Soldiers > dozens of young men'],
];
for (const [text, expected] of CASES) {
  test(`coordinated act after "and": ${text}`, { timeout: 60_000 }, () => {
    assert.ok(code(text).map(brief).includes(expected), JSON.stringify(code(text).map(brief)));
  });
}

// the participle still describes the noun after it: one place, no second act
const PLACES: Array<[string, string]> = [
  ['Troops entered the capital and neighbouring provinces.', 'the capital and neighbouring provinces'],
  ['The army took control of the town and surrounding areas.', 'the town and surrounding areas'],
];
for (const [text, target] of PLACES) {
  test(`participle before a place noun: ${text}`, { timeout: 60_000 }, () => {
    const events = code(text);
    assert.deepEqual(events.map((e) => e.target?.text), [target]);
  });
}
