import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// Class: a weapon "launched / fired / flown / sent by X" is X's (data/lexicon/holder-participles.tsv): an act that
// downs or intercepts it lands on X's side. The parser read "drones launched by Russia" after the verb as a clause
// (tree-repair:reduced-relative-object, now also after a particle, as an xcomp, and with irregular participles),
// and the event was dropped. Sentences written for this file.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });

const CASES: Array<[string, string, string]> = [
  ['Ukrainian forces shot down drones launched by Russia over Kyiv.', 'UKRMIL', 'RUS'],
  ['Israel intercepted missiles fired by Hezbollah from Lebanon.', 'ISR', 'hezbollah'],
  ['Russian jets shot down a plane flown by Ukrainian pilots.', 'RUSMIL', 'UKRMIL'],
];
for (const [text, actor, target] of CASES) {
  test(`a weapon launched by the other side: ${text}`, { timeout: 60_000 }, () => {
    const events = code(text).filter((e) => e.type === 'ASSAULT');
    // the downing lands on the launcher's side; a projectile fired by a named doer is that doer's attack of its own
    // (recall-40, extract/fired-munition.ts: "the interception is an act of its own"), so the launcher may act too
    const pairs = events.map((e) => [e.actor?.code, e.target?.code]);
    assert.deepEqual(pairs[0], [actor, target]);
    assert.ok(pairs.slice(1).every(([a]) => a === target), JSON.stringify(pairs));
  });
}
