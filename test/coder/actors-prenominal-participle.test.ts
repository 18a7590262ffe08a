import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// A past participle before its noun ("supporters of jailed opposition leader X", "the detained activists") describes
// the noun: the subject of the sentence did not do it, and nobody is named as doing it
// (src/extract/prenominal-participle.ts). Sentences written for this test.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 't', text, published: '2024-05-10', title: null });

// [sentence, the participle, the actor it must not get]
const PARTICIPLES: Array<[string, string, string]> = [
  ['Thousands of supporters of jailed opposition leader Ousmane Sonko marched in Dakar on Friday.', 'jailed', 'supporters'],
  ['Opposition supporters of abducted Nigerian schoolgirls protested outside the parliament in Abuja on Tuesday.', 'abducted', 'Opposition supporters'],
  ['Belarusian opposition lawyers for the detained activists demanded their release in Minsk on Monday.', 'detained', 'Belarusian opposition lawyers'],
  ['Kenyan police arrested relatives of jailed opposition leader Raila Odinga in Nairobi on Monday.', 'jailed', 'Kenyan police'],
  ['Families of imprisoned journalists rallied outside the court in Istanbul on Thursday.', 'imprisoned', 'Families'],
];

for (const [text, participle, notActor] of PARTICIPLES) {
  test(`a participle before its noun names no actor — "${text}"`, () => {
    const events = code(text);
    const labels = events.map((e) => `${e.type} ${e.actor?.text ?? '—'} "${e.trigger.text}"`).join(' | ');
    assert.ok(events.length > 0, 'no event');
    for (const e of events.filter((x) => x.trigger.text.startsWith(participle))) assert.equal(e.actor, null, labels);
    // the sentence's own act keeps its subject
    assert.ok(events.some((e) => e.actor?.text.endsWith(notActor) && !e.trigger.text.startsWith(participle)) || events.every((e) => e.actor?.text !== notActor), labels);
  });
}

test('a participle after "by" or in a verb phrase still has its subject ("police detained activists")', () => {
  const events = code('Police detained activists in Minsk on Monday.');
  assert.ok(events.some((e) => e.type === 'COERCE' && e.actor?.text === 'Police'), events.map((e) => `${e.type} ${e.actor?.text}`).join(' | '));
});
