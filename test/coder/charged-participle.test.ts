import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// Class: the participle of a charge right after its noun ("rebels accused of attacking a convoy", "journalists
// charged with spying") describes what that noun is charged with, by nobody named: no accusation by the clause's
// subject or by the noun, and the charged act is alleged with no speaker (the parser often read the participle as
// an xcomp of the main verb: tree-repair:participle-read-as-xcomp). Sentences written for this file.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });

const NO_ACCUSATION = [
  'Israeli forces demolished the homes of two Palestinians accused of carrying out an attack.',
  'The army shelled the positions of rebels accused of attacking a convoy.',
  'Police raided the offices of a newspaper accused of spreading propaganda.',
  'Police detained dozens of opposition supporters accused of planning protests.',
];
for (const text of NO_ACCUSATION) {
  test(`a charge describing its noun is no accusation: ${text}`, { timeout: 60_000 }, () => {
    const events = code(text);
    assert.ok(events.length > 0 && !events.some((e) => e.type === 'ACCUSE'), JSON.stringify(events.map((e) => e.type)));
  });
}

test('the charged act is alleged by nobody named: "two Palestinians accused of carrying out an attack"', { timeout: 60_000 }, () => {
  const attack = code(NO_ACCUSATION[0]).find((e) => e.trigger.text.startsWith('carrying out'));
  assert.ok(attack);
  assert.equal(attack.actor?.code, 'PSECVL');
  assert.deepEqual([attack.provenance.certainty, attack.provenance.source], ['alleged', 'outlet']);
});

// an accusation with its accuser stays
const ACCUSATIONS = ['Police charged two activists with treason.', 'Hamas accused Israel of violating the truce.', 'Two activists were charged with treason on Monday.'];
for (const text of ACCUSATIONS) {
  test(`an accusation stays: ${text}`, { timeout: 60_000 }, () => assert.ok(code(text).some((e) => e.type === 'ACCUSE')));
}
