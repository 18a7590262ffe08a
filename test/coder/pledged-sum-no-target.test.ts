import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// A sum of money pledged or offered is what is given, never whom the promise lands on (src/extract/tree-roles/
// tree-targets.ts): "pledged 20 million euros" had the target "20 million euros". A named recipient stays.
// Sentences written for this file.
const coder = createCoder(loadKnowledge());
const brief = (e: Event) => `${e.type} ${e.actor?.text ?? null} > ${e.target?.text ?? null}`;
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-13', title: null }).map(brief);

const CASES: Array<[string, string[]]> = [
  // (victims are a role since session 18: the beneficiaries "for flood victims" are the pledge's recipient, not the sum)
  ['The European Union pledged 20 million euros in humanitarian aid for flood victims.', ['AGREE European Union > victims']],
  ['Germany offered 500 million euros to rebuild the port.', ['AGREE Germany > null']],
  ['Saudi Arabia promised 2 billion dollars in aid.', ['AGREE Saudi Arabia > null']],
  // a recipient named
  ['The United States pledged $1 billion for Ukraine.', ['AGREE United States > Ukraine']],
];
for (const [text, expected] of CASES) {
  test(`a sum is no target: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(code(text), expected);
  });
}
