import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// "would" right after a past reporting verb and a short subject is the future of the statement: a plan
// announced, coded as planned, not a hypothetical dropped (src/extract/reported-future.ts). Sentences written
// for these tests. An announced retreat is then a CONCEDE (src/core/planned-intent.ts).
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 't', text, published: '2024-05-10', title: null })
  .map((e) => `${e.type} ${e.actor?.code ?? e.actor?.name ?? '-'} ${e.provenance.certainty}`);

const rows: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Kenya said it would send 1,000 police officers to Haiti.', ['MOBILIZE KEN planned']],
  ['Russia announced that it would withdraw its troops from the Kherson region.', ['CONCEDE RUS planned']],
  ['Turkey said it would deploy troops to Libya.', ['MOBILIZE TUR planned']],
  ['Hamas told mediators it would release four hostages on Friday.', ['CONCEDE hamas planned']],
  // no reporting verb, or the noun before "would" is no subject of the act: still a hypothetical
  ['The army would attack the town if the rebels refused.', []],
  ['Analysts said an attack would be costly.', []],
];

for (const [sentence, expected] of rows) {
  test(`reported future: ${sentence}`, () => assert.deepEqual(code(sentence), expected));
}
