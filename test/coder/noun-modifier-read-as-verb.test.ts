import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// Two false events from words used for something else:
//  - a noun modifying the next noun, read as a bare verb after "where" ("where aid agencies said"): the re-tagging
//    holds it to NOUN and parses again (src/extract/tree-repair/retag-compound-noun.ts), so an aid agency gives no AID;
//  - facilities "overwhelmed" (hospitals, services) take in more than they can, no one attacked them
//    (data/patterns/argument-senses.tsv `overwhelm object`).
// Sentences written for this file.
const coder = createCoder(loadKnowledge());
const brief = (e: Event) => `${e.type} ${e.actor?.text ?? null} > ${e.target?.text ?? null}`;
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-13', title: null }).map(brief);

const CASES: Array<[string, string[]]> = [
  ['Thousands of people fled toward Goma, where aid agencies said camps were already overcrowded.', []],
  ['Civilians fled to El Fasher, where aid workers reported severe shortages.', []],
  ['Rebels shelled Goma, where aid agencies said three people were killed.', ['ASSAULT Rebels > Goma']],
  ['The wounded were taken to Gaza City, where aid agencies reported that hospitals were overwhelmed.', []],
  ['Doctors said the hospital was overwhelmed by the number of casualties.', []],
  ['The influx of refugees has overwhelmed local services in Chad.', []],
  // a verb with its own subject or auxiliary stays a verb; forces overwhelming a position attack it
  ['The European Union will aid farmers hit by the drought.', ['AGREE European Union > farmers']],
  ['Militants overwhelmed an army base in northern Mali.', ['ASSAULT Militants > an army base']],
];
for (const [text, expected] of CASES) {
  test(`a word used for something else is no act: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(code(text), expected);
  });
}
