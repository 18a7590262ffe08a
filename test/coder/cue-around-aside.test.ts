import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// A cue of two words ("fail to", "refuse to") holds across an adverb set off by commas inside it ("failed, however,
// to agree", "failed, once again, to agree"): src/extract/modality.ts `pastAside`. Before, the agreement that failed
// was coded as reached. Sentences written for this file.
const coder = createCoder(loadKnowledge());
const types = (text: string) => coder.code({ id: 'x', text, published: '2024-05-13', title: null }).map((e) => `${e.type} ${e.provenance.certainty}`);

const CASES: Array<[string, string[]]> = [
  ['The leaders failed, however, to agree on a 50 billion euro aid package for Kyiv.', []],
  ['Russia and Ukraine failed, once again, to agree on a prisoner exchange.', []],
  ['Israel and Hamas failed, so far, to agree on a ceasefire.', []],
  // as without the aside; and an aside outside a cue changes nothing
  ['Israel and Hamas failed to agree on a ceasefire.', []],
  ['The army, however, attacked the town.', ['ASSAULT asserted']],
];
for (const [text, expected] of CASES) {
  test(`a cue holds across an aside: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(types(text), expected);
  });
}
