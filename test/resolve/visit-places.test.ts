import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

const kb = loadKnowledge();
const coder = createCoder(kb);
const eventsOf = (text: string) => coder.code({ id: 't', text, published: '2021-05-04', title: null });

// Class: a visit happens at its destination, also when the destination country is the visit's target.
const VISIT_DESTINATION: Array<[string, string]> = [
  ["The embassy opening marked the end of Isaias Afwerki's three-day visit to Ethiopia.", 'Ethiopia'],
  ['Chinese Foreign Minister Wang Yi visited Kenya on Tuesday.', 'Kenya'],
  ['The Indian prime minister paid a state visit to Nepal last week.', 'Nepal'],
];
for (const [text, place] of VISIT_DESTINATION) {
  test(`visit place: "${text.slice(0, 50)}" → ${place}`, () => {
    const visits = eventsOf(text).filter((e) => e.cameo.startsWith('042'));
    assert.ok(visits.length > 0, 'a visit is coded');
    assert.ok(visits.some((e) => e.location?.name === place && e.location.basis === 'stated' && e.rules.includes('place:visit-destination')), JSON.stringify(visits.map((e) => [e.location, e.rules])));
  });
}

// Class: other acts keep a country that is their target out of their place.
const NOT_A_VISIT: string[] = [
  'Russia threatened Ukraine with new sanctions on Monday.',
  'Kenya accused Somalia of meddling in its elections.',
  'Germany condemned Iran on Friday.',
];
for (const text of NOT_A_VISIT) {
  test(`visit place: no destination rule in "${text.slice(0, 50)}"`, () => {
    const events = eventsOf(text);
    assert.ok(events.length > 0, 'an event is coded');
    for (const e of events) assert.ok(!e.rules.includes('place:visit-destination'), JSON.stringify(e.rules));
  });
}
