import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// An explicit denial of an act is a REJECT by the denier (coding guide rule 3), whether it names the charge ("denied
// the accusations") or the act ("denied that its forces had shelled a hospital", "denied responsibility for"); the act
// stays, denied (data/patterns/extra-verbs.tsv, src/core/coder.ts). Whom a denial answers is never a participant of
// the denied clause (src/extract/candidate.ts). Sentences written for this file.
const coder = createCoder(loadKnowledge());
const brief = (e: Event) => `${e.type} ${e.actor?.text ?? null} > ${e.target?.text ?? null} ${e.provenance.certainty}`;
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-13', title: null }).map(brief);

const CASES: Array<[string, string[]]> = [
  ['Russia denied that its forces had shelled a hospital in Kharkiv.', ['REJECT Russia > null asserted', 'ASSAULT its forces > hospital denied']],
  ['The army denied that soldiers had tortured 12 detainees.', ['REJECT army > null asserted', 'ASSAULT soldiers > detainees denied']], // (precision-47: a denied act counted)
  ['Hamas denied responsibility for the attack.', ['REJECT Hamas > null asserted', 'ASSAULT Hamas > null denied']],
  ['The army denied accusations that soldiers had tortured detainees.', ['REJECT army > null asserted', 'ASSAULT soldiers > detainees denied']],
  // no denial
  ['The army said that soldiers had tortured detainees.', ['ASSAULT soldiers > detainees claimed']],
];
for (const [text, expected] of CASES) {
  test(`a denied act: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(code(text), expected);
  });
}
