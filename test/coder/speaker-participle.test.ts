import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// "..., the mayor said, accusing Moscow of war crimes": an -ing participle after the reporting verb, set off by a comma,
// is the speaker's own act (src/extract/tree-roles/subject-node.ts speakersParticiple), whether the parse hangs it on
// the verb as conj, advcl or ccomp, or on the comma (tree-repair/punctuation-head.ts); a subject the word tagger read as
// an adjective ("the Philippine military") is sure when a known actor's name covers it. Sentences written for this file.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });
const brief = (e: Event) => `${e.type} ${e.actor?.text ?? null} > ${e.target?.text ?? null}`;

const CASES: Array<[string, string]> = [
  ['Russian drones hit a hospital in Kharkiv, the mayor said, accusing Moscow of war crimes.', 'ACCUSE the mayor > Moscow'],
  ['The army shelled the camp, the rebels said, accusing the government of killing civilians.', 'ACCUSE the rebels > government'],
  ['Police arrested 20 protesters, the opposition said, demanding their release.', 'REQUEST the opposition > null'],
  ['The ships collided on Monday, the Philippine military said, accusing Beijing of dangerous behavior.', 'ACCUSE Philippine military > Beijing'],
];
for (const [text, expected] of CASES) {
  test(`the speaker's participle: ${text}`, { timeout: 60_000 }, () => {
    assert.ok(code(text).map(brief).includes(expected), JSON.stringify(code(text).map(brief)));
  });
}

// a coordinated clause with "and" and its own subject is no participle of the speaker
test('"said ..., and troops stormed" keeps its own subject', { timeout: 60_000 }, () => {
  const events = code('The rebels said they had captured the town, and troops stormed the base.');
  assert.ok(events.map(brief).includes('ASSAULT troops > the base'), JSON.stringify(events.map(brief)));
});
