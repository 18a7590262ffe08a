import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// Armed men (forces, rebels, gangs, bandits) who set fire to, burn or torch a police station or a party office destroy
// property (CAMEO 1712, as "set fire to a school"): the 145 rows are for crowds, who riot (PLOVER PROTEST presumes
// civilians). Rows `set|burn|torch actor forces|criminals` in data/patterns/argument-senses.tsv; armed criminals are
// the new actor kind `criminals` (src/core/word-sense.ts `forceKind`). Sentences written for this file.
const coder = createCoder(loadKnowledge());
const brief = (e: Event) => `${e.type} ${e.actor?.text ?? null}`;
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-13', title: null }).map(brief);

const CASES: Array<[string, string[]]> = [
  ['Gang members set fire to a police station in the town of Mirebalais on Monday.', ['ASSAULT Gang members']],
  ['Suspected gang members burned a police station in Port-au-Prince.', ['ASSAULT gang members']],
  ['Bandits torched a police station in Zamfara state.', ['ASSAULT Bandits']],
  ['Soldiers set fire to a party headquarters in the capital.', ['ASSAULT Soldiers']],
  // crowds riot
  ['Angry residents torched a police station after a man died in custody.', ['PROTEST residents']],
  ['Protesters set fire to tires and blocked roads in the capital.', ['PROTEST Protesters']],
];
for (const [text, expected] of CASES) {
  test(`armed men burning a site assault it: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(code(text), expected);
  });
}
