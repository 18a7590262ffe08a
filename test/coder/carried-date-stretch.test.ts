import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// A sentence with no date of its own continues the one before; not when that date only bounds a stretch of time
// ("since October", "until Friday"), which dates no act (src/resolve/article-dates.ts): such an act falls back to the
// publication day, as any undated one. Sentences written for this file.
const coder = createCoder(loadKnowledge());
const dateOf = (text: string, trigger: string) => coder.code({ id: 'x', text, published: '2024-05-15', title: null })
  .find((e) => e.trigger.text.startsWith(trigger))?.date?.value ?? null;

const CASES: Array<[string, string, string | null]> = [
  ['Rebels have held the town since March. The army shelled rebel positions.', 'shelled', '2024-05-15'],
  ['Protesters have camped outside parliament since Sunday. Police arrested 20 protesters.', 'arrested', '2024-05-15'],
  ['Fighting has raged in the region since January. Government troops shelled rebel positions.', 'shelled', '2024-05-15'],
  // a day an act happened on still carries
  ['On Saturday, police barred the marches. Protesters threw stones at riot police.', 'threw', '2024-05-11'],
];
for (const [text, trigger, expected] of CASES) {
  test(`a stretch's bound is carried to no act: ${text}`, { timeout: 60_000 }, () => {
    assert.equal(dateOf(text, trigger), expected);
  });
}
