import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// An organisation's name with a person's title after it ("the U.N. envoy", "a NATO spokesman") is one person of the
// organisation (src/resolve/actor-phrases.ts sets `roleKind: 'person'`), so "he" and "she" take it up as they take
// up "the president" (anaphora.ts `isTitledPerson`). Before, "The U.N. envoy said he had urged Israel ..." had an
// actor with no code, and the act was the envoy's claim about someone unknown. A title with the name after it is
// that named person, never a second antecedent ("AMISOM spokesman Lieutenant Colonel X ... He said").
// Sentences written for this file.
const coder = createCoder(loadKnowledge());
const brief = (e: Event) => `${e.type} ${e.actor?.code ?? null} > ${e.target?.code ?? null} ${e.provenance.certainty}`;
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-13', title: null }).map(brief);

const CASES: Array<[string, string[]]> = [
  ['The U.N. envoy said he had urged Israel to halt the strikes.', ['REQUEST IGOUNO > ISR asserted']],
  ['A NATO spokesman said he had warned Russia against further provocations.', ['THREATEN IGOWSTNAT > RUS asserted']],
  ['The EU ambassador said she had asked Ethiopia to release the detained journalists.', ['REQUEST IGOEUREEC > ETH asserted']],
  // a plural stays "they"'s
  ['EU foreign ministers said they would impose sanctions on Belarus.', ['SANCTION IGOEUREEC > BLR planned']],
];
for (const [text, expected] of CASES) {
  test(`"he" takes up an organisation's titled person: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(code(text), expected);
  });
}

test('a title with a name after it is that person, not a second antecedent', { timeout: 60_000 }, () => {
  const text = 'UNMISS spokesman Colonel Peter Okello told reporters a Kenyan soldier was wounded. He said the peacekeepers exchanged fire with the gunmen.';
  const event = coder.code({ id: 'x', text, published: '2024-05-13', title: null }).find((e) => e.trigger.text.includes('exchanged'));
  assert.ok(event);
  assert.notEqual(event.provenance.source && typeof event.provenance.source !== 'string' ? event.provenance.source.text : null, 'He');
});
