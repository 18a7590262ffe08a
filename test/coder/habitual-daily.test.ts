import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// "have traded fire almost daily since October": an act that has gone on day after day is background, as "have
// repeatedly attacked" is (data/lexicon/background-cues.tsv: daily, almost/nearly daily after a perfect;
// routinely, regularly before). A past series ("shelled the town daily last week") is still told. Sentences written for this file.
const coder = createCoder(loadKnowledge());
const triggers = (text: string) => coder.code({ id: 'x', text, published: '2024-05-13', title: null }).map((e) => e.trigger.text);

const CASES: Array<[string, string[]]> = [
  ['Israel and Hezbollah have traded fire almost daily since October.', []],
  ['Russian forces have shelled Kharkiv nearly daily since the spring.', []],
  ['Protesters have rallied daily outside parliament since the election.', []],
  ['Rebels have shelled the city daily for weeks.', []],
  // told acts stay
  ['The army shelled the town daily last week, residents said.', ['shelled']],
  ['Troops shelled the city on Tuesday.', ['shelled']],
];
for (const [text, expected] of CASES) {
  test(`a daily act is background: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(triggers(text), expected);
  });
}
