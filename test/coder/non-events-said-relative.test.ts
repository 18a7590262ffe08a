import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { TraceDrop } from '../../src/core/trace.ts';

// A contact relative clause whose gap lies in the complement of its verb of saying ("officers it says were invited")
// tells what the speaker holds of the noun: a description, not a new act (src/extract/tree-clauses/said-relative.ts,
// candidate:tree-description:said-relative). Rows: [sentence, the complement's trigger word, dropped as a description?]
const ROWS: ReadonlyArray<[string, string, boolean]> = [
  ['Pakistan accused India of killing two border guards it says were invited for a meeting in Kashmir.', 'invited', true],
  ['Ethiopia released two journalists it says were arrested in Addis Ababa last year.', 'arrested', true],
  ['Ethiopia freed two journalists it claims were detained in Addis Ababa last year.', 'detained', true],
  // "which it said killed a soldier": the relative word is the complement's subject, an act the speaker reports
  ['India blamed Pakistan for the incident, which it said killed an Indian soldier on Wednesday.', 'killed', false],
];

for (const [sentence, word, dropped] of ROWS) {
  test(`said relative: ${sentence}`, () => {
    const drops: TraceDrop[] = [];
    const coder = createCoder(loadKnowledge(), { trace: (d) => drops.push(d) });
    const events = coder.code({ id: 't', text: sentence, published: '2024-05-10', title: null });
    const described = drops.some((d) => d.reason === 'candidate:tree-description:said-relative' && d.trigger.text.startsWith(word));
    assert.equal(described, dropped, JSON.stringify(drops.map((d) => [d.trigger.text, d.reason])));
    assert.equal(events.some((e) => e.trigger.text.startsWith(word)), !dropped, JSON.stringify(events.map((e) => e.trigger.text)));
  });
}
