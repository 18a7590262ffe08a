import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// "Pakistani troops had fired first": who opened the shooting in a clash is its assailant, though the verb has no
// object (data/patterns/verbs.tsv `fire|shoot first`, CAMEO 193). Sentences written for this file.
const coder = createCoder(loadKnowledge());
const brief = (e: Event) => `${e.type} ${e.actor?.text ?? null} ${e.provenance.certainty}`;
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-13', title: null }).map(brief);

const CASES: Array<[string, string[]]> = [
  ["The Taliban administration's defence ministry said Pakistani troops had fired first.", ['ASSAULT Pakistani troops claimed']],
  ['Police said the gunmen fired first and officers returned fire.', ['ASSAULT the gunmen claimed', 'ASSAULT officers claimed']],
  ['Witnesses said the soldiers shot first.', ['ASSAULT soldiers claimed']],
  // a fire that broke out is no shooting
  ['The fire first broke out in the kitchen.', []],
];
for (const [text, expected] of CASES) {
  test(`who fired first is the assailant: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(code(text), expected);
  });
}
