import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { analyze, normalizeWithMap } from '../../src/nlp/index.ts';
import { findActorPhrases } from '../../src/resolve/actor-phrases.ts';

// No actor phrase runs over a sentence's end (src/resolve/actor-phrases.ts `adjacent`): a headline with no full stop
// followed by a dateline ("... on Nigerian village" / "ABUJA, Nigeria (AP) —") made one phrase "Nigerian village
// ABUJA", which then acted in the lead's attack. Texts written for this file.
const kb = loadKnowledge();
const phrases = (text: string) => findActorPhrases(analyze(text), normalizeWithMap(text), kb, '2024-05-13').map((p) => p.text);

const CASES: Array<[string, string, string]> = [
  ['Gunmen kill 12 in attack on Nigerian village\n\nABUJA, Nigeria (AP) — Gunmen attacked a village on Sunday.', 'Nigerian village', 'ABUJA'],
  ['Protesters clash with Kenyan police\n\nNAIROBI, Kenya (AP) — Police fired tear gas at protesters.', 'Kenyan police', 'NAIROBI'],
  ['Strike hits Syrian army base\n\nDAMASCUS, Syria (AP) — A drone struck a base.', 'Syrian army base', 'DAMASCUS'],
];
for (const [text, last, dateline] of CASES) {
  test(`no phrase across a headline's end: ${JSON.stringify(text.slice(0, 40))}`, { timeout: 60_000 }, () => {
    const found = phrases(text);
    assert.ok(!found.some((p) => p.includes('\n')), JSON.stringify(found));
    assert.ok(found.some((p) => p.startsWith(last.split(' ')[0])) && found.includes(dateline), JSON.stringify(found));
  });
}
