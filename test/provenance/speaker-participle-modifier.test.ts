import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// A trailing speaker whose noun a participle describes ("a local elected official", "the newly appointed governor")
// is still the speaker (src/provenance/trailing-speaker.ts): the tagger's VERB for "elected" had made the act the
// outlet's own. Sentences written for this file.
const coder = createCoder(loadKnowledge());
const said = (text: string) => coder.code({ id: 'x', text, published: '2024-05-13', title: null }).map((e) => {
  const s = e.provenance.source;
  return `${e.provenance.certainty} ${typeof s === 'string' ? s : s?.text ?? null}`;
});

const CASES: Array<[string, string]> = [
  ['The gunmen opened fire on residents, a local elected official told AFP.', 'claimed a local elected official'],
  ['Troops shelled the town, the newly appointed governor said.', 'claimed the newly appointed governor'],
  ['Police detained 30 protesters, a recently elected lawmaker said.', 'claimed a recently elected lawmaker'],
  // a speaker with no participle, unchanged
  ['The army shelled the town, residents said.', 'claimed residents'],
];
for (const [text, expected] of CASES) {
  test(`a participle in the trailing speaker: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(said(text), [expected]);
  });
}
