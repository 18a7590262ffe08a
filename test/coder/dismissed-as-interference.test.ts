import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// Dismissing or describing another's act or words as interference or meddling accuses its author (PLOVER ACCUSE:
// criticize, denigrate; data/patterns/extra-verbs.tsv). "Rejected the report" stays a REJECT. Sentences written for this file.
const coder = createCoder(loadKnowledge());
const types = (text: string) => coder.code({ id: 'x', text, published: '2024-05-13', title: null }).map((e) => `${e.type} ${e.actor?.text ?? null} > ${e.target?.code ?? null}`);

const CASES: Array<[string, string[]]> = [
  ["The junta's spokesman, Zaw Min Tun, dismissed the U.N. statement as interference in Myanmar's internal affairs.", ["ACCUSE The junta's spokesman, Zaw Min Tun > IGOUNO"]],
  ["The Chinese foreign ministry dismissed the U.S. report as meddling in China's internal affairs.", ['ACCUSE Chinese foreign ministry > USA']],
  ['Moscow dismissed the EU statement as interference.', ['ACCUSE Moscow > IGOEUREEC']],
  ['Beijing rejected the report as interference in its internal affairs.', ['REJECT Beijing > null']],
];
for (const [text, expected] of CASES) {
  test(`dismissed as interference: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(types(text), expected);
  });
}
