import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// A byline "By NAME" opens the document: the subject finder asked for the word before "by" (none) and crashed
// (src/extract/roles.ts, describingAgent). Texts written for this file.
const coder = createCoder(loadKnowledge());
const TEXTS = [
  'By Ana Ruiz (from "The Long War", published by Verso) 30 - Number of towns threatened with attack last year.',
  'By Jane Doe (excerpted from "Our Lost Years", published by Random House) 12.5 - Average number of reporters threatened by police each year.',
  'By Tom Lee\n\nRebels attacked an army base near Goma on Monday, the army said.',
];

for (const text of TEXTS) {
  test(`a document opening with "by" codes without error: ${text.slice(0, 50)}`, { timeout: 60_000 }, () => {
    const events = coder.code({ id: 't', text, published: '2024-05-10', title: null });
    assert.ok(Array.isArray(events));
    if (text.includes('Rebels attacked')) assert.ok(events.some((e) => e.type === 'ASSAULT'), JSON.stringify(events.map((e) => e.type)));
  });
}
