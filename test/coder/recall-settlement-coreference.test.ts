import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import { bareSettlement, settlementsFit } from '../../src/core/settlement-targets.ts';

// A lead that names what was hit only by its kind ("attacked a village") and a later sentence that names the
// place ("attacked the community of Kawuri") tell one attack: one record, the named place as its target.
// Two named places stay two attacks. Sentences written for this file.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });

const CASES: Array<[string, string[]]> = [
  ['Gunmen attacked a village in the northwest, killing 20 people. Witnesses said the gunmen attacked the community of Kawuri before dawn.',
    ['the community of Kawuri']],
  ['Rebels have stormed a town in the east. Residents said the rebels stormed the town of Mabanga after a night of shelling.',
    ['the town of Mabanga']],
  ['Militants attacked a village overnight. Survivors said the militants attacked the hamlet of Dogo with machetes.',
    ['the hamlet of Dogo']],
  // two named towns are two places: two attacks
  ['Gunmen attacked the town of Kawuri in Borno state. Police said the gunmen attacked the town of Dalori.',
    ['the town of Kawuri', 'the town of Dalori']],
];

for (const [text, targets] of CASES) {
  test(`settlement told by kind, then by name — "${text.slice(0, 60)}…"`, () => {
    const events = code(text).filter((e) => e.type === 'ASSAULT');
    assert.deepEqual(events.map((e) => e.target?.text ?? null), targets);
    if (targets.length === 1) assert.equal(events[0].mentions?.length !== undefined && events[0].mentions.length >= 2, true, 'both sentences are mentions');
  });
}

test('settlement words: a bare kind fits a named settlement; two names or two non-places do not', () => {
  const rows: Array<[string, string, boolean]> = [
    ['a village', 'the community of Njaba', true],
    ['the border town', 'the town of Mabanga', true],
    ['a town', 'a village', true],
    ['the town of Kawuri', 'the town of Dalori', false],
    ['a village', 'an army base', false],
    ['a police station', 'the checkpoint', false],
  ];
  for (const [a, b, fit] of rows) assert.equal(settlementsFit(a, b), fit, `${a} / ${b}`);
  assert.equal(bareSettlement('the remote village'), true);
  assert.equal(bareSettlement('the village of Dogo'), false);
});
