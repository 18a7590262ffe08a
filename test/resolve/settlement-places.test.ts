import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// Class: "the community of X", "the hamlet of X", "the settlement of X" name a place as "the village of X" does,
// even one no gazetteer knows; the act there happened in it, not in the region around it. Sentences written here.
const coder = createCoder(loadKnowledge());
const CASES: Array<[string, string]> = [
  ['Gunmen attacked the community of Kawuri in Borno state before dawn on Tuesday.', 'Kawuri'],
  ['Boko Haram fighters attacked the hamlet of Dogo in Borno state on Sunday.', 'Dogo'],
  ['Nigerian troops attacked the settlement of Mabanga in Borno state on Monday.', 'Mabanga'],
];
for (const [text, place] of CASES) {
  test(`places: a settlement noun names the place — "${text}"`, () => {
    const events = coder.code({ id: 'x', text, published: '2024-05-10', title: null });
    assert.ok(events.length > 0, 'an event');
    assert.equal(events[0].location?.name, place);
  });
}
