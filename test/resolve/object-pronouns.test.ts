import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// An object pronoun ("them", "him") takes up an object of its own sentence, and a phrase set off from the pronoun's verb
// (by a comma, or by "and" when the phrase is itself an object) is not that verb's subject (src/resolve/anaphora.ts);
// a diplomat taken up by a pronoun still lends no country to the state that acts on him (src/core/assemble.ts).
// Sentences written for this file.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });
const brief = (e: Event) => `${e.type} ${e.actor?.code ?? e.actor?.text ?? null} > ${e.target?.code ?? e.target?.text ?? null}`;

const CASES: Array<[string, string]> = [
  ['The government expelled two French diplomats, accusing them of spying.', 'ACCUSE government > FRAGOV'],
  ['The junta expelled the French ambassador and accused him of interference.', 'ACCUSE junta > FRAGOV'],
  ['Israeli forces arrested two Palestinian journalists and later released them.', 'RETREAT ISRMIL > PSEMED'],
];
for (const [text, expected] of CASES) {
  test(`object pronoun: ${text}`, { timeout: 60_000 }, () => {
    assert.ok(code(text).map(brief).includes(expected), JSON.stringify(code(text).map(brief)));
  });
}

// the subject of the pronoun's own verb is still never its antecedent
test('object pronoun: coordinated subjects are bound', { timeout: 60_000 }, () => {
  const events = code('Police and soldiers attacked them.');
  assert.ok(events.every((e) => e.target === null), JSON.stringify(events.map(brief)));
});
