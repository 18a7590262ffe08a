import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// An act named as the setting of a passive verb ("were killed in fighting") is not done by the passive's subject, who
// underwent it (src/extract/tree-roles/word-window.ts): one agentless killing, not also "the soldiers fought" (or
// "the officers fought the officers"). A side named against them ("in fighting with Hamas") keeps the fight. Sentences
// written for this file.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });
const brief = (e: Event) => `${e.trigger.text}: ${e.actor?.text ?? null} > ${e.target?.text ?? null}`;

const CASES: Array<[string, string[]]> = [
  ['Two Israeli soldiers were killed in fighting in southern Gaza, the military said.', ['killed: null > Israeli soldiers']],
  ['Three police officers were killed in fighting in the north, officials said.', ['killed: null > police officers']],
  ['Five Ukrainian soldiers were killed in fighting in the east.', ['killed: null > Ukrainian soldiers']],
  ['Two soldiers were killed in fighting with Hamas militants.', ['killed: null > soldiers', 'fighting with: soldiers > Hamas militants']],
];
for (const [text, expected] of CASES) {
  test(`passive setting act: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(code(text).map(brief), expected);
  });
}
