import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { analyze, normalizeWithMap } from '../../src/nlp/index.ts';
import { findActorPhrases } from '../../src/resolve/actor-phrases.ts';
import { findOtherPhrases } from '../../src/resolve/anaphor-phrases.ts';

// A person introduced with a title (or a dictionary name) keeps that identity when named again by the full
// name alone or by the surname alone.
const kb = loadKnowledge();
const later = (text: string) => {
  const doc = analyze(text);
  const known = findActorPhrases(doc, normalizeWithMap(text), kb, '2024-05-10');
  return findOtherPhrases(doc, kb, known, []).filter((p) => p.rule === 'actor:later-mention').map((p) => `${p.text}|${p.code ?? p.roleCode ?? null}`);
};

const CASES: Array<[string, string, string[]]> = [
  ['surname after a title', 'Army chief General Musa Bala ordered troops north. Bala accused the rebels of attacking civilians.', ['Bala|MIL']],
  ['surname after a title', 'The UN envoy Lakhdar Brahimi met the president. A spokesman said Brahimi will return on Friday.', ['Brahimi|IGOUNO']],
  ['surname after a hyphenated given name', 'The firebrand cleric Tahir-ul Qadri led a march. Later Qadri held talks with ministers.', ['Qadri|REL']],
  ['full name repeated without the title', 'Foreign Minister Ahmed Ali of Somalia visited Nairobi. Ahmed Ali met Kenyan officials.', ['Ahmed Ali|SOMGOV']],
  ['surname after an apposition', "Amina Yusuf, Kenya's foreign minister, condemned the attack. Yusuf said the army would respond.", ['Yusuf|KENGOV']],
  ['a surname two people share names neither', 'General Musa Bala and Colonel Idris Bala met. Bala said the talks went well.', []],
  ['a surname before the title is no mention', 'Bala was seen in town. Army chief General Musa Bala ordered troops north.', []],
  ['a surname modifying a name is no mention', 'Army chief General Musa Bala ordered troops north. The Bala Foundation gave food.', []],
];

for (const [name, text, expected] of CASES) {
  test(`later mentions: ${name} — "${text}"`, () => {
    assert.deepEqual(later(text), expected);
  });
}
