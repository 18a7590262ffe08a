import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// A month or weekday that modifies a noun after the trigger ("postponed the February presidential election") dates
// that noun's event, not the act (src/core/attach.ts), and names no target (src/extract/tree-roles/named-object.ts:
// "the February" was the target). A date before the trigger noun ("the Sunday attack") or after a preposition stays
// the act's. Sentences written for this file, published Friday 2024-05-10.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });
const brief = (e: Event) => `${e.type} > ${e.target?.text ?? null} on ${e.date?.value ?? null}`;

const CASES: Array<[string, string[]]> = [
  ['The president postponed the February presidential election indefinitely.', ['REJECT > null on 2024-05-10']],
  ['The junta cancelled the March elections.', ['REJECT > null on 2024-05-10']],
  ['The opposition condemned the September coup.', ['ACCUSE > null on 2024-05-10']],
  ['The president postponed the election on Saturday.', ['REJECT > null on 2024-05-04']],
  ['Rebels attacked the town on Sunday morning.', ['ASSAULT > the town on 2024-05-05']],
  ['The Sunday attack killed five people.', ['ASSAULT > people on 2024-05-05']],
];
for (const [text, expected] of CASES) {
  test(`calendar modifier: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(code(text).map(brief), expected);
  });
}
