import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// "..., the agency reported Wednesday, as Hezbollah launched rockets": a clause of time after a trailing speaker is the
// outlet's, and the speaker reports what comes before it (src/provenance/closing-verb.ts). The report went the other
// way: the act before the speaker was asserted and the time clause was the speaker's. Sentences written for this file.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });
const source = (e: Event) => (e.provenance.source === 'outlet' ? 'outlet' : e.provenance.source.text);
const brief = (e: Event) => `${e.trigger.text}: ${e.provenance.certainty} by ${source(e)}`;

const CASES: Array<[string, string[]]> = [
  ['An Israeli airstrike on a house killed five people, the state news agency reported Wednesday, as Hezbollah launched rockets at northern Israel.', ['airstrike: claimed by the state news agency', 'launched rockets at: asserted by outlet']],
  ['Police fired tear gas at protesters, witnesses said, while the army blocked roads into the capital.', ['fired tear gas at protesters: claimed by witnesses', 'blocked roads into: asserted by outlet']],
  ['Rebels shelled the airport, the army said on Monday, as government troops pushed into the city.', ['shelled: claimed by army', 'pushed into the city: asserted by outlet']],
];
for (const [text, expected] of CASES) {
  test(`trailing speaker before a time clause: ${text}`, { timeout: 60_000 }, () => {
    const found = code(text).map(brief);
    for (const e of expected) assert.ok(found.includes(e), JSON.stringify(found));
  });
}
