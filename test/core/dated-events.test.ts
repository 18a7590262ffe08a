import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// The coder dates its judged events after the sentence loop, reading their sentences' dates in one run
// (src/core/dated-events.ts); a traced coder dates each at once. Both must give the same events, and an event
// must still take the date its sentence carries from the one before ("They also shelled ..." → Saturday).
const kb = loadKnowledge();
const plain = createCoder(kb);
const traced = createCoder(kb, { trace: () => {} });

const rows: ReadonlyArray<readonly [text: string, dates: Readonly<Record<string, string>>]> = [
  ['Rebels attacked an army post near Kidal on Saturday. They also shelled a police station in the town. Officials said three soldiers were killed.',
    { attacked: '2024-05-04', shelled: '2024-05-04' }],
  ['A car bomb exploded in Mogadishu on Tuesday, killing five people. Al-Shabaab said it carried out the attack.',
    { exploded: '2024-05-07' }], // (the toll merges into the exploding bomb's act)
  ['Police detained 40 protesters in Minsk on Sunday. The opposition leader condemned the arrests on Monday. He said the government would not silence them.',
    { detained: '2024-05-05', condemned: '2024-05-06' }],
];

const code = (coder: typeof plain, text: string): Event[] => coder.code({ id: 't', text, published: '2024-05-10', title: null });

for (const [text, dates] of rows) {
  test(`dated after the loop as at once: ${text.slice(0, 50)}`, { timeout: 60_000 }, () => {
    const events = code(plain, text);
    assert.deepEqual(events, code(traced, text));
    const got = Object.fromEntries(events.map((e) => [e.trigger.text.split(' ')[0], e.date?.value ?? null]));
    assert.deepEqual(got, dates);
  });
}
