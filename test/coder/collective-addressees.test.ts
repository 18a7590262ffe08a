import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// Whom a call to "both sides", "the warring parties" or "all sides" addresses: the sides named just before, never the
// caller itself (src/resolve/anaphora.ts: the collective skips its own verb's subject). "The warring parties/sides/
// factions", "the belligerents" and "all sides/parties" are collective anaphors (data/lexicon/anaphors.tsv), and
// the role inside ("parties", coded as a political party) gives way to them (anaphor-phrases.ts). Before, "The
// African Union called on both sides" made the African Union one of the sides, and "the warring parties" was a party.
// Sentences written for this file. Since session 19 the collective is each side it takes up (core/assemble.ts).
const coder = createCoder(loadKnowledge());
const target = (text: string, type: string) => {
  const e = coder.code({ id: 'x', text, published: '2024-05-13', title: null }).find((x) => x.type === type);
  return e?.target ? (e.targets ?? [e.target]).map((t) => `${t.name} ${t.code}`).join(' + ') : null;
};

const CASES: Array<[string, string]> = [
  ['Ethiopian troops clashed with Eritrean forces near the border. The African Union called on both sides to cease hostilities.', 'Ethiopian troops ETHMIL + Eritrean forces ERIMIL'],
  ['Ethiopian troops clashed with Eritrean forces near the border. The African Union called on the warring sides to cease hostilities.', 'Ethiopian troops ETHMIL + Eritrean forces ERIMIL'],
  ['Fighting between the Sudanese army and the RSF continued on Monday. The U.N. envoy urged the warring parties to protect civilians.', 'Sudanese army SDNMIL + Rapid Support Forces rapid-support-forces'],
  ['Israel and Hezbollah traded fire across the border. France urged all sides to show restraint.', 'Israel ISR + Hezbollah hezbollah'],
];
for (const [text, expected] of CASES) {
  test(`a call to both sides addresses the sides named before: ${text}`, { timeout: 60_000 }, () => {
    assert.equal(target(text, 'REQUEST'), expected);
  });
}

// (session 19: an unresolved collective keeps its own words with no code, as "the leaders" does: core/actor-ref.ts)
test('with no sides named, "the warring parties" is no political party', { timeout: 60_000 }, () => {
  assert.equal(target('The U.N. envoy urged the warring parties to protect civilians.', 'REQUEST'), 'the warring parties null');
});
