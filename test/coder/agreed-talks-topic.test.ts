import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// What agreed talks are "on" is their topic, not whom the agreement lands on (src/extract/tree-roles/tree-targets.ts,
// the act noun a verb row ends in): "agreed to hold talks on a prisoner exchange" has no target "a prisoner exchange".
// An attack named by a row still lands where it does. Sentences written for this file.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-13', title: null });
const brief = (e: Event) => `${e.type} ${e.actor?.text ?? null} > ${e.target?.text ?? null}`;

const CASES: Array<[string, string[]]> = [
  ['The rebels agreed to hold talks on a prisoner exchange.', ['AGREE The rebels > null']],
  ['The opposition agreed to resume talks on electoral reform.', ['AGREE The opposition > null']],
  ['The union agreed to hold talks on wages with the ministry.', ['AGREE union > ministry']],
  // a material act's row keeps its landing
  ['Militants claimed responsibility for the attack on the police station.', ['ASSAULT Militants > the police station']],
];
for (const [text, expected] of CASES) {
  test(`talks' topic is no target: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(code(text).map(brief), expected);
  });
}
