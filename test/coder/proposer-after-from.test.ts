import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// "rejected an offer of talks from Washington": after a noun of what one party puts to another (offer, proposal,
// invitation, call …) a capital after "from" names the party that made it, a participant, not where anything
// happened (src/resolve/proposer.ts). Before, the rejection had no target. "fired missiles from Sanaa" stays a place.
// Sentences written for this file.
const coder = createCoder(loadKnowledge());
const brief = (e: Event) => `${e.type} ${e.actor?.code ?? null} > ${e.target?.code ?? null}`;
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-13', title: null }).map(brief);

const CASES: Array<[string, string[]]> = [
  ['Iran rejected an offer of talks from Washington.', ['REJECT IRN > USA']],
  ['Hamas rejected a new proposal from Cairo.', ['REJECT hamas > EGY']],
  ['North Korea rejected an invitation from Seoul.', ['REJECT PRK > KOR']],
  // where something was done from stays a place
  ['The Houthis fired missiles from Sanaa at a ship.', ['MOBILIZE houthis > null']],
];
for (const [text, expected] of CASES) {
  test(`a capital after "an offer from" is who made it: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(code(text), expected);
  });
}
