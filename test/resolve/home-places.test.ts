import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

const kb = loadKnowledge();
const coder = createCoder(kb);
const eventsOf = (text: string) => coder.code({ id: 't', text, published: '2021-05-04', title: null });

// Class: a state's domestic act (release, ban, arrest) with no stated place happened in its own country, inferred.
const AT_HOME: Array<[string, string]> = [
  ['Egyptian police arrested six activists on Monday.', 'EGY'],
  ['The Iranian government banned the newspaper on Sunday.', 'IRN'],
  ["Cuba's government released 40 dissidents on Friday.", 'CUB'],
];
for (const [text, country] of AT_HOME) {
  test(`home place: "${text.slice(0, 50)}" → ${country}`, () => {
    const events = eventsOf(text);
    assert.ok(events.length > 0, 'an event is coded');
    assert.ok(events.some((e) => e.location?.country === country && e.location.basis === 'inferred' && e.rules.includes('place:domestic-act-at-home')), JSON.stringify(events.map((e) => [e.cameo, e.location, e.rules])));
  });
}

// Class: an attack or visit abroad, or a domestic act whose place is stated, takes no home place.
const NOT_AT_HOME: string[] = [
  'Russia attacked Ukraine on Monday.',
  'Turkish police arrested three men in Berlin on Tuesday.',
  'The Chinese foreign minister visited Kenya on Tuesday.',
];
for (const text of NOT_AT_HOME) {
  test(`home place: none in "${text.slice(0, 50)}"`, () => {
    const events = eventsOf(text);
    assert.ok(events.length > 0, 'an event is coded');
    for (const e of events) assert.ok(!e.rules.includes('place:domestic-act-at-home'), JSON.stringify(e.rules));
  });
}
