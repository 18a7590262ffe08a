import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// A cooperative act announced for the future is a promise: AGREE with the matching CAMEO intent code, and an
// announced retreat is CONCEDE (PLOVER manual; data/ontology/planned-intent.tsv, src/core/planned-intent.ts).
// A planned meeting stays CONSULT (the dev coding guide). Sentences written for these tests.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 't', text, published: '2024-05-10', title: null })
  .map((e) => `${e.type} ${e.cameo} ${e.actor?.code ?? e.actor?.name ?? '-'} ${e.provenance.certainty}`);

const rows: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Japan will provide $10 million in humanitarian aid to Sudan.', ['AGREE 0333 JPN planned']],
  ['Germany will send air defence systems to Ukraine next month.', ['AGREE 0332 DEU planned']],
  ['Russia announced that it would withdraw its troops from the Kherson region.', ['CONCEDE 080 RUS planned']],
  ['The rebels will release 40 prisoners on Friday, a spokesman said.', ['CONCEDE 080 The rebels planned']],
  // stated acts and planned meetings keep their type
  ['Japan provided $10 million in humanitarian aid to Sudan.', ['AID 073 JPN asserted']],
  ['Macron will visit China next week.', ['CONSULT 042 FRAGOV planned']],
];

for (const [sentence, expected] of rows) {
  test(`planned intent: ${sentence}`, () => assert.deepEqual(code(sentence), expected));
}
