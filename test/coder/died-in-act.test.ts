import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// Class: who died in an act ("Five soldiers died in an ambush by jihadists") is whom it hit, as who came under it
// ("the convoy came under attack"): src/extract/tree-roles/under-attack.ts. "were killed in an ambush" already had its
// victims through the killing. Sentences written for this file.
const coder = createCoder(loadKnowledge());
const targets = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null }).filter((e) => e.type === 'ASSAULT').map((e) => e.target?.text ?? null);

const CASES: Array<[string, string]> = [
  ['Five soldiers died in an ambush by suspected jihadists near the border with Niger.', 'soldiers'],
  ['Four police officers died in an attack by gunmen in the north.', 'police officers'],
  ['Two peacekeepers died in an ambush by rebels near Beni.', 'peacekeepers'],
];
for (const [text, target] of CASES) test(`who died in an act is its target: ${text}`, { timeout: 60_000 }, () => assert.deepEqual(targets(text), [target]));

// an act that names where it landed keeps that landing
test('a landing the act names stays: "died in an Israeli airstrike on Rafah"', { timeout: 60_000 }, () => {
  assert.deepEqual(targets('Three civilians died in an Israeli airstrike on Rafah.'), ['Rafah']);
});
