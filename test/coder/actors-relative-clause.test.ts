import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// A relative clause after "<noun> <time word> who ..." describes the noun, not the time word or the main
// clause's subject, wherever the parser hung it (src/extract/tree-roles/subject-node.ts, pronounAntecedent).
// Sentences written for this test.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 't', text, published: '2024-05-10', title: null });

// [sentence, type of the relative clause's event, expected actor text]
const RELATIVE: Array<[string, string, string]> = [
  ['Police arrested activists Thursday who protested outside the embassy.', 'PROTEST', 'activists'],
  ['Troops fired tear gas at opposition supporters Monday who rallied outside the election commission.', 'PROTEST', 'opposition supporters'],
  ["Police in Lagos beat demonstrators Saturday who staged a sit-in outside the governor's office.", 'PROTEST', 'demonstrators'],
  ['Riot police fired rubber bullets at students Friday who marched on the parliament in Dhaka.', 'PROTEST', 'students'],
];

for (const [text, type, actor] of RELATIVE) {
  test(`a relative clause after a time word describes the noun before it — "${text}"`, () => {
    const events = code(text).filter((e) => e.type === type);
    assert.ok(events.length > 0, `no ${type}`);
    assert.deepEqual(events.map((e) => e.actor?.text), [actor]);
  });
}

test('a relative clause on its noun keeps that noun ("the rebels, who stormed the town")', () => {
  const events = code('Government troops fought the rebels on Monday, who later stormed the town of Kidal.');
  assert.ok(events.every((e) => !(e.trigger.text.startsWith('stormed') && e.actor?.text === 'Government troops')), events.map((e) => `${e.type} ${e.actor?.text}`).join(' | '));
});
