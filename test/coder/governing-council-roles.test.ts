import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// A body that governs in a transition or by decree, named by its kind ("the transitional council", "the Presidential
// Council", "the ruling military council") is the state's government (or its military), as "the cabinet" is: rows in
// data/actors/roles.tsv. Without them "The transitional council asked the U.N. to ..." had no actor and was dropped.
// Sentences written for this file.
const coder = createCoder(loadKnowledge());
const brief = (e: Event) => `${e.type} ${e.actor?.code ?? null}`;
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-13', title: null }).map(brief);

const CASES: Array<[string, string[]]> = [
  ['Gangs attacked a police station in Port-au-Prince on Monday. The transitional council asked the United Nations to send more troops.', ['REQUEST HTIGOV']],
  ["Libya's Presidential Council condemned the clashes between rival militias in Tripoli.", ['ACCUSE LBYGOV']],
  ["Niger's ruling military council expelled the French ambassador.", ['SANCTION NERMIL']],
  ["Sudan's Sovereignty Council rejected the American proposal for a truce.", ['REJECT SDNGOV']],
  // a council that is no government keeps its own code
  ['The U.N. Security Council condemned the attack on the peacekeepers.', ['ACCUSE IGOUNO']],
];
for (const [text, expected] of CASES) {
  test(`a governing council is the government: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(code(text).filter((e) => expected.some((x) => x.split(' ')[0] === e.split(' ')[0])), expected);
  });
}
