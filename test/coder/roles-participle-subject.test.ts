import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// "footage showed the protesters marching": the object right before a participle (or a participle joined to one)
// is who does it, not a "by" agent further back that describes the footage (src/extract/roles.ts findSubject).
// Sentences written for this file.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });

// [sentence, event type, expected actor text]
const CASES: Array<[string, string, string]> = [
  ['Images verified by AFP and sent by locals showed the protesters marching and chanting slogans in Karachi.', 'PROTEST', 'protesters'],
  ['Videos confirmed by the network and sent by residents showed the students marching and chanting slogans in Dhaka.', 'PROTEST', 'students'],
  ['Witnesses in Yangon watched the students marching and chanting slogans.', 'PROTEST', 'students'],
  ['Clips verified by the BBC and sent by residents showed the protesters marching and chanting slogans in Mashhad.', 'PROTEST', 'protesters'],
  ['Witnesses saw soldiers shooting at the crowd.', 'ASSAULT', 'soldiers'],
  // (negative) the tree's subject stands where the participle has its own
  ['Photos released by the army showed rebels attacking a checkpoint.', 'ASSAULT', 'rebels'],
  ['Troops killed three militants attacking a checkpoint near Kandahar.', 'ASSAULT', 'Troops'],
  ['Police arrested dozens of students chanting anti-government slogans.', 'COERCE', 'Police'],
];

for (const [sentence, type, expected] of CASES) {
  test(`participle subject: ${sentence}`, { timeout: 60_000 }, () => {
    const events = code(sentence).filter((e) => e.type === type);
    assert.ok(events.length > 0, `no ${type}`);
    const actors = events.map((e) => e.actor?.text ?? null);
    assert.ok(actors.includes(expected), `${type} actors ${JSON.stringify(actors)}, expected ${expected}`);
  });
}

// "by residents" describes the footage: never the actor of what it shows
test('participle subject: a describing "by" agent acts in nothing shown', { timeout: 60_000 }, () => {
  const events = code('Videos confirmed by the network and sent by residents showed the students marching and chanting slogans in Dhaka.');
  assert.ok(events.every((e) => e.actor?.text !== 'residents'), JSON.stringify(events.map((e) => [e.type, e.actor?.text])));
});
