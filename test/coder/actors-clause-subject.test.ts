import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// Classes of actors, on sentences written for this test:
//  - a clause opened by as/after/before/since that the parser read as a prepositional phrase on the main verb
//    ("as government troops" an oblique, "continue" a conjunct of the main verb): the marked nominal right before
//    the verb is its subject, not the main clause's subject (tree-roles/subject-node.ts, roles:tree-clause-subject);
//  - the act that sentence states as happening with no participant ("Fighting has intensified") is the act the
//    clause names who does: one event (core/refiners.ts mergeAgentlessWithAgent, refiner:merged-agentless-report).
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 't', text, published: '2024-05-10', title: null });

// [sentence, expected "actor → target" of the one ASSAULT event]
const CLAUSES: Array<[string, string]> = [
  ['Clashes have spread in the north as government troops continue a weeklong offensive against Karen rebels.', 'government troops → rebels'],
  ['Fighting has resumed in the east as Congolese troops continued their assault on M23 positions.', 'Congolese troops → M23'],
  ['Fighting has intensified near the border since Sudanese troops began a new offensive against rebel camps.', 'Sudanese troops → rebel camps'],
  ['Tension has grown in the south as rebel fighters continue a fierce offensive against army positions.', 'rebel fighters → army positions'],
];

for (const [text, expected] of CLAUSES) {
  test(`a clause read as a prepositional phrase has its own subject, one event — "${text}"`, () => {
    const assaults = code(text).filter((e) => e.type === 'ASSAULT');
    const labels = assaults.map((e) => `${e.actor?.text ?? '—'} → ${e.target?.text ?? '—'}`);
    assert.ok(labels.some((l) => l.includes(expected)), labels.join(' | '));
    if (/^(Clashes|Fighting)/.test(text)) assert.equal(assaults.length, 1, labels.join(' | '));
  });
}

test('a clause with its own "and" keeps the main subject ("troops stormed the camp and killed 20 fighters")', () => {
  const events = code('Nigerian troops stormed a militant camp and killed 20 fighters on Tuesday.').filter((e) => e.type === 'ASSAULT');
  assert.ok(events.every((e) => e.actor?.code === 'NGAMIL'), events.map((e) => e.actor?.text).join(' | '));
});

test('a bare report of an act merges only with an act its own sentence names ("Clashes broke out in Goma. Troops attacked ...")', () => {
  const events = code('Clashes broke out in Goma on Monday. Congolese troops attacked M23 positions near Sake on Monday.').filter((e) => e.type === 'ASSAULT');
  assert.ok(events.some((e) => e.actor === null), events.map((e) => `${e.actor?.text} ${e.trigger.text}`).join(' | '));
});
