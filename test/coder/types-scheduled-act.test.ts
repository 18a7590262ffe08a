import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// A timetable or readiness stated for an act ("is scheduled to visit", "are slated to meet", "are poised to
// launch") makes it planned, not done (data/lexicon/modality.tsv). Sentences written for these tests.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 't', text, published: '2024-05-10', title: null })
  .map((e) => `${e.type} ${e.provenance.certainty}`);

const rows: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['The envoy is scheduled to visit Kabul next week.', ['CONSULT planned']],
  ['The foreign ministers of Iran and Saudi Arabia are scheduled to hold talks in Doha on Sunday.', ['CONSULT planned']],
  ['The presidents of Russia and the United States are slated to meet in Geneva in June.', ['CONSULT planned']],
  ['Turkish troops are poised to launch an offensive against Kurdish fighters in northern Syria.', ['ASSAULT planned']],
  // the same acts stated as done stay asserted
  ['The envoy visited Kabul on Monday.', ['CONSULT asserted']],
  ['Turkish troops launched an offensive against Kurdish fighters in northern Syria.', ['ASSAULT asserted']],
];

for (const [sentence, expected] of rows) {
  test(`scheduled act: ${sentence}`, () => assert.deepEqual(code(sentence), expected));
}
