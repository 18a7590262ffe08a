import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// An act noun whose agent is a part of a group ("by members of the Karen National Union") and whose target the
// parser hung on the verb ("responded to an attack on a checkpoint"): the group acts, the checkpoint is hit.
// Sentences written for this file.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });
const BY_AGENT = 'roles:noun-by-agent|roles:tree-noun-by';
const brief = (e: Event) => `${e.type} ${e.actor?.text ?? null} -> ${e.target?.text ?? null}`;

// [text, the event of the act noun, the rules it must carry: each "a|b" is satisfied by either reading, the window's
// scan when the parser hangs "by X" off the act noun's target, the tree's when it hangs it on the act noun]
const CASES: Array<[string, string, string[]]> = [
  ['The fighting began when troops responded to an attack on a checkpoint by members of the Karen National Union.',
    'ASSAULT Karen National Union -> a checkpoint', [BY_AGENT, 'roles:tree-noun-adjacent-on|roles:tree-noun-on']],
  ['The clashes started after soldiers reacted to a raid against a police post by fighters of al-Shabab on Monday.',
    'ASSAULT al-Shabab -> a police post', [BY_AGENT]],
  ['The army said it was retaliating for an assault on its base by members of the Islamic State group.',
    'ASSAULT Islamic State group -> its base', [BY_AGENT]],
];

for (const [text, expected, rules] of CASES) {
  test(`act noun with a group part as its agent — "${text.slice(0, 60)}…"`, () => {
    const events = code(text);
    const act = events.find((e) => brief(e) === expected);
    assert.ok(act, `${expected} among ${events.map(brief).join('; ')}`);
    for (const r of rules) assert.ok(r.split('|').some((one) => act.rules.includes(one)), `${r} recorded`);
  });
}

// the group after "members of" is never the act's target (the blame of the act accuses it: its doer)
test('a group part after "by" is no target', () => {
  const events = code('Police blamed the raid on a convoy by fighters of al-Shabab for the deaths.');
  assert.ok(events.filter((e) => e.type !== 'ACCUSE').every((e) => e.target?.text !== 'al-Shabab'), events.map(brief).join('; '));
  assert.ok(events.filter((e) => e.type === 'ACCUSE').every((e) => e.target?.text !== 'a convoy'), events.map(brief).join('; '));
});
