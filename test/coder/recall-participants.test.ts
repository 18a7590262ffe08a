import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// Participants the candidate stage used to lose, so the whole event was dropped; each class on sentences
// written for this file, with the sentences that must stay without an event.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });
const brief = (e: Event) => `${e.type} ${e.actor?.text ?? null}`;

// [class, text, expected "TYPE actor" of every event, the rule the class leaves on one of its events]
const CASES: Array<[string, string, string[], string | null]> = [
  // the hedge of a count belongs to the object: the pattern's gap and the direct object run through it
  ['hedged count as object', 'The junta pardoned more than 3,000 prisoners on Monday.', ['CONCEDE junta'], null],
  ['hedged count as object', 'The government released at least 700 detainees.', ['RETREAT government'], null],
  ['hedged count as object', 'The king pardoned as many as 40 inmates.', ['CONCEDE The king'], null],
  ['hedged count as object', 'The rebels freed up to 30 hostages.', ['RETREAT The rebels'], null],
  // the hedge carries only a count: what follows another preposition is no object of the verb
  ['a count behind a preposition', 'The ministry released figures on more than 3,000 prisoners.', [], null],
];

for (const [name, text, expected, rule] of CASES) {
  test(`recall participants: ${name} — "${text}"`, () => {
    const events = code(text);
    assert.deepEqual(events.map(brief), expected);
    if (rule) assert.ok(events.some((e) => e.rules.includes(rule)), `${rule} recorded`);
  });
}
