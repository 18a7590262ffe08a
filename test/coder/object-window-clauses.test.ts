import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// Class: the word window that looks for a verb's object stops at a clause of time or cause ("after protesters
// threw stones", "because militants had attacked"): the subject of that clause is not acted on. A condition's
// subject ("until Russia withdraws") is still whom a refusal aims at. Sentences written for this file.
const coder = createCoder(loadKnowledge());
const who = (a: Event['actor']) => (a === null ? '' : `${a.text} ${a.code ?? ''}`.toLowerCase());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });

// [sentence, trigger word, a word the target must not hold]
const NOT_THE_CLAUSE_SUBJECT: Array<[string, string, string]> = [
  ['Witnesses said soldiers opened fire on the crowd after protesters threw stones.', 'opened', 'protesters'],
  ['Police fired tear gas at the crowd when demonstrators tried to march on parliament.', 'fired', 'demonstrators'],
  ['Troops stormed the compound before opposition supporters arrived.', 'stormed', 'supporters'],
];
for (const [text, trigger, wrong] of NOT_THE_CLAUSE_SUBJECT) {
  test(`a clause of time or cause holds no object: ${text}`, { timeout: 60_000 }, () => {
    const events = code(text);
    const e = events.find((x) => x.trigger.text.includes(trigger));
    assert.ok(e, JSON.stringify(events.map((x) => x.trigger.text)));
    assert.ok(!who(e.target).includes(wrong), `target ${who(e.target)}`);
  });
}

// Unchanged: an object before the clause, and a condition's subject.
const KEPT: Array<[string, string, string]> = [
  ['Police fired tear gas at protesters after they blocked the road.', 'fired', 'protesters'],
  ['The army attacked rebels as they retreated.', 'attacked', 'rebels'],
  ['The president said Kyiv will not negotiate until Russia withdraws its troops.', 'negotiate', 'rus'],
];
for (const [text, trigger, target] of KEPT) {
  test(`the object is kept: ${text}`, { timeout: 60_000 }, () => {
    const events = code(text);
    const e = events.find((x) => x.trigger.text.includes(trigger));
    assert.ok(e && who(e.target).includes(target), JSON.stringify(events.map((x) => `${x.trigger.text} > ${who(x.target)}`)));
  });
}
