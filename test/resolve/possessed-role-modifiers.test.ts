import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { analyze, normalizeWithMap } from '../../src/nlp/index.ts';
import { findActorPhrases } from '../../src/resolve/actor-phrases.ts';

// After a possessive no verb begins a clause: the words between "X's" and a role are the role's modifiers, even
// those the tagger reads as a verb or an adverb ("Niger's ruling junta", "Sudan's new military council", "Mali's
// newly appointed prime minister"), so the phrase is the country's role (src/resolve/actor-phrases.ts `adjacent`).
// Before, the role lost its country. Sentences written for this file.
const kb = loadKnowledge();
const phrases = (text: string) =>
  findActorPhrases(analyze(text), normalizeWithMap(text), kb, '2024-05-01').filter((p) => p.code).map((p) => `${p.text}=${p.code}`);

const CASES: Array<[string, string]> = [
  ["Niger's ruling junta expelled the French ambassador.", "Niger's ruling junta=NERGOV"],
  ["Sudan's new military council dissolved parliament.", "Sudan's new military council=SDNMIL"],
  ["Mali's newly appointed prime minister visited Moscow.", "Mali's newly appointed prime minister=MLIGOV"],
  ["Guinea's ruling transitional council postponed the vote.", "Guinea's ruling transitional council=GINGOV"],
];
for (const [text, expected] of CASES) {
  test(`a possessed role keeps its country across modifiers: ${text}`, { timeout: 60_000 }, () => {
    assert.ok(phrases(text).includes(expected), phrases(text).join(', '));
  });
}

// no phrase runs across a preposition or a verb that is not after a possessive
const APART: Array<[string, string[]]> = [
  ["Russia's war in Ukraine dragged on.", ['Russia=RUS', 'Ukraine=UKR']],
  ["Israel's army attacked Hamas fighters.", ["Israel's army=ISRMIL", 'Hamas fighters=hamas']],
  ['Israel attacked Hamas fighters in Gaza.', ['Israel=ISR', 'Hamas fighters=hamas']],
];
for (const [text, expected] of APART) {
  test(`phrases stay apart: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(phrases(text).filter((p) => !p.startsWith('Gaza')), expected);
  });
}
