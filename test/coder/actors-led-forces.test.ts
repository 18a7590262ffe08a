import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// A force named by who leads it ("a Saudi-led coalition", "the U.S.-led mission") is the actor, coded as the
// leader's military (roles.tsv "led ..." rows); the leader alone is not the actor, and "it" later in the
// sentence points back to the force. Sentences written for this test.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 't', text, published: '2024-05-10', title: null });

// [sentence, expected type, expected actor text, expected actor code]
const LED: Array<[string, string, string, string]> = [
  ['A Saudi-led coalition bombed a Houthi camp near Sanaa on Monday.', 'ASSAULT', 'Saudi-led coalition', 'SAUMIL'],
  ['The U.S.-led coalition struck Islamic State positions in Raqqa on Tuesday.', 'ASSAULT', 'U.S.-led coalition', 'USAMIL'],
  ['A French-led force attacked a militant base in northern Mali on Friday.', 'ASSAULT', 'French-led force', 'FRAMIL'],
  ['The Turkish-led troops shelled a Kurdish village on Sunday.', 'ASSAULT', 'Turkish-led troops', 'TURMIL'],
];

for (const [text, type, actor, actorCode] of LED) {
  test(`a force named by its leader — "${text}"`, () => {
    const events = code(text);
    const hit = events.find((e) => e.type === type);
    assert.ok(hit, events.map((e) => `${e.type} ${e.actor?.text}`).join(' | '));
    assert.equal(hit.actor?.text, actor);
    assert.equal(hit.actor?.code, actorCode);
  });
}

// [sentence, the pronoun that acts]
const POINTED_BACK: Array<[string, string]> = [
  ['A Saudi-led coalition said on Wednesday it had freed 40 Houthi prisoners.', 'it'],
  ['The U.S.-led coalition said it had killed a senior Islamic State commander in Syria.', 'it'],
  ['A Russian-led alliance said on Friday that it had deployed 2,000 soldiers to Kazakhstan.', 'it'],
];

for (const [text, pronoun] of POINTED_BACK) {
  test(`"it" after a force named by its leader is the force — "${text}"`, () => {
    const events = code(text);
    const hit = events.find((e) => e.actor?.text === pronoun);
    assert.ok(hit, events.map((e) => `${e.type} ${e.actor?.text}=${e.actor?.name}`).join(' | '));
    assert.match(hit.actor?.name ?? '', /-led (coalition|alliance)$/);
  });
}

test('"led" without a leader before it is a verb, not a force ("He led coalition troops")', () => {
  const events = code('General Hassan led army troops in an attack on the rebel camp on Monday.');
  assert.ok(events.every((e) => !/^led\b/i.test(e.actor?.text ?? '')), events.map((e) => e.actor?.text).join(' | '));
});
