import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// Force with no target under an if/unless condition aims at the condition's party, as a threat does
// (src/extract/tree-roles/threat-condition.ts): "Ukraine would strike back if Russia continued to target civilians"
// is the speaker's THREATEN → Russia. A passive or pronoun condition names no one. Sentences written for this file.
const coder = createCoder(loadKnowledge());
const brief = (e: Event) => `${e.type} ${e.actor?.text ?? null} > ${e.target?.text ?? null}`;
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-13', title: null }).map(brief);

const CASES: Array<[string, string[]]> = [
  ['President Volodymyr Zelenskyy said Ukraine would strike back if Russia continued to target civilians.', ['THREATEN President Volodymyr Zelenskyy > Russia']],
  ['The general said the army would retaliate if the rebels attacked the town again.', ['THREATEN The general > the rebels']],
  ['The defense minister said Seoul would strike back if North Korea fired missiles across the border.', ['THREATEN The defense minister > North Korea']],
  // no party: a passive condition
  ['Israel will strike if it is attacked, the prime minister said.', ['THREATEN the prime minister > null']],
];
for (const [text, expected] of CASES) {
  test(`conditioned force aims at the condition's party: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(code(text), expected);
  });
}
