import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// What a reporting verb reports ends where a clause coordinated with the verb itself begins (", and" / ", but" with a
// subject of its own, src/provenance/frame-end.ts): the outlet states that clause. A clause under the reported one stays
// in the report. Sentences written for this file.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });
const source = (e: Event) => (e.provenance.source === 'outlet' ? 'outlet' : e.provenance.source.text);
const brief = (e: Event) => `${e.trigger.text}: ${e.provenance.certainty} by ${source(e)}`;

const CASES: Array<[string, string[]]> = [
  ['The army said it had shelled rebel positions, and the rebels fired rockets at the city.', ['shelled: claimed by army', 'fired rockets at: asserted by outlet']],
  ['Kyiv said it had shot down 20 drones, but Russia launched more missiles overnight.', ['shot down 20 drones: claimed by Kyiv', 'launched more missiles: asserted by outlet']],
  ['Witnesses said soldiers beat the protesters, and police arrested dozens of them.', ['beat the protesters: claimed by Witnesses', 'arrested: asserted by outlet']],
  // the clause under the reported one stays reported
  ['Police said they had arrested 20 people, while protesters blocked roads in the capital.', ['arrested: claimed by Police', 'blocked roads: claimed by Police']],
];
for (const [text, expected] of CASES) {
  test(`report end: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(code(text).map(brief), expected);
  });
}
