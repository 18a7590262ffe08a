import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// Military equipment is object enough for an attack verb that asks for one ("destroyed three tanks"); the noun run
// decides, not its first word (src/extract/object-evidence.ts): "three enemy tanks", "four enemy artillery pieces"
// had lost the attack. Sentences written for this file.
const coder = createCoder(loadKnowledge());
const brief = (e: Event) => `${e.type} ${e.actor?.text ?? null} > ${e.target?.text ?? null}`;
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-13', title: null }).map(brief);

const CASES: Array<[string, string[]]> = [
  ['"Our forces destroyed three enemy tanks near Avdiivka," the Ukrainian military said.', ['ASSAULT Our forces > three enemy tanks']],
  ['The Ukrainian army destroyed three enemy tanks.', ['ASSAULT Ukrainian army > three enemy tanks']],
  ['Government troops destroyed four enemy artillery pieces near the airport.', ['ASSAULT Government troops > four enemy artillery pieces']],
  // no equipment: no object enough
  ['The army destroyed the enemy morale.', []],
];
for (const [text, expected] of CASES) {
  test(`equipment as an attack's object: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(code(text), expected);
  });
}
