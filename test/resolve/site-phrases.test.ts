import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// Class: a site named by description after a locative word ("at the airport", "outside parliament", "in the main
// square") is where an event happened when its sentence names no place by name (rule place:site-phrase).
const coder = createCoder(loadKnowledge());
const events = (text: string) => coder.code({ id: 't', text, published: '2024-05-01', title: null }).map((e) => ({ text: e.location?.text ?? null, rules: e.rules }));

const SITES: Array<[string, string]> = [
  ['For many hours people staged a sit-in at the airport to draw attention to their cause.', 'the airport'],
  ['Hundreds of opposition supporters rallied outside parliament on Tuesday.', 'parliament'],
  ['Police fired tear gas at protesters in the main square on Friday.', 'the main square'],
  ['A suicide bomber blew himself up at the main police station, killing six officers.', 'the main police station'],
];
for (const [text, site] of SITES) {
  test(`site phrase: "${text.slice(0, 45)}" → ${site}`, { timeout: 120_000 }, () => {
    const found = events(text);
    assert.ok(found.some((e) => e.text === site && e.rules.includes('place:site-phrase')), JSON.stringify(found));
  });
}

// Negatives: a named place of the sentence wins; an indefinite noun and a noun of no site are no place.
const NOT_SITES: string[] = [
  'Protesters staged a sit-in at the airport in Hong Kong on Monday.',
  'Gunmen opened fire at a school on Monday, killing two teachers, police said.',
  'Police arrested the opposition leader at the time of the protest on Tuesday.',
];
for (const text of NOT_SITES) {
  test(`site phrase: none in "${text.slice(0, 45)}"`, { timeout: 120_000 }, () => {
    for (const e of events(text)) assert.ok(!e.rules.includes('place:site-phrase'), JSON.stringify(e));
  });
}
