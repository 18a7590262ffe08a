import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// A closing attribution after the last comma ("..., aid workers in Goma say", "..., witnesses told Reuters") names who
// says so and whom it was told: neither is what the act lands on (tree-repair:trailing-speaker-conjunct,
// tree-roles/own-clause-targets.ts), and the speaker claims the act. Sentences written for these tests.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 't', text, published: '2024-05-10', title: null });
const sourceOf = (e: Event) => (e.provenance.source === 'outlet' ? 'outlet' : e.provenance.source.text);

const ROWS: Array<[string, string, string]> = [
  ['Rebels shelled the airport, aid workers in Goma say.', 'the airport', 'aid workers'],
  ['The army shelled the town, witnesses told Reuters.', 'the town', 'witnesses'],
  ['Gunmen kidnapped 20 students in Kaduna, a police spokesman told reporters.', 'students', 'a police spokesman'],
  ['Soldiers fired on protesters in the capital, rights groups said.', 'protesters', 'rights groups'],
];
for (const [text, target, speaker] of ROWS) {
  test(`closing attribution: "${text}"`, () => {
    const e = code(text).find((x) => x.type === 'ASSAULT');
    assert.ok(e, 'an ASSAULT event');
    assert.ok(e.target?.text.includes(target.replace(/^the /, '')), `target ${e.target?.text}`);
    assert.ok(sourceOf(e).includes(speaker.replace(/^a /, '')), `source ${sourceOf(e)}`);
    assert.equal(e.provenance.certainty, 'claimed');
  });
}
