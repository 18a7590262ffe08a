import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { analyze, normalizeWithMap } from '../../src/nlp/index.ts';
import { findActorPhrases } from '../../src/resolve/actor-phrases.ts';

// A PETRARCH alias that adds the title to the name of one of our people ("Israeli Prime Minister Benjamin Netanyahu",
// "Russian President Vladimir Putin") names that person in each of the terms we list for them, so the publication
// date picks the one in office; before, the alias held the first term only and hid the name inside it.
const kb = loadKnowledge();
const person = (text: string, published: string) => {
  const doc = analyze(text);
  return findActorPhrases(doc, normalizeWithMap(text), kb, published).filter((p) => p.kind === 'person').map((p) => `${p.name}|${p.code}`);
};

const CASES: Array<[string, string, string, string[]]> = [
  ['a second term', 'Israeli Prime Minister Benjamin Netanyahu rejected the proposal on Monday.', '2015-03-10', ['Benjamin Netanyahu|ISRGOV']],
  ['a third term', 'Israeli Prime Minister Benjamin Netanyahu met the envoy in Jerusalem.', '2024-02-01', ['Benjamin Netanyahu|ISRGOV']],
  ['another office between two terms', 'Russian President Vladimir Putin accused Kyiv of sabotage.', '2010-06-01', ['Vladimir Putin|RUSGOV']],
  ['a later term', 'Russian President Vladimir Putin warned the West against arming Ukraine.', '2015-06-01', ['Vladimir Putin|RUSGOV']],
  // between two terms: a former office holder, the country's elite (ELI), not a stale government code
  ['between two terms', 'Israeli Prime Minister Benjamin Netanyahu spoke in New York.', '2005-01-01', ['Benjamin Netanyahu|ISRELI']],
  // before the first term: no coded actor (what he was then, the list does not say)
  ['before every term', 'Volodymyr Zelensky spoke in New York.', '2015-01-01', []],
];

for (const [name, text, published, expected] of CASES) {
  test(`titled alias in every term: ${name} — "${text}" (${published})`, { timeout: 60_000 }, () => {
    assert.deepEqual(person(text, published), expected);
  });
}

// an office named alone ("the Pope") is its holder on the publication date (data/actors/people.json)
const OFFICE_ALONE: Array<[string, string, string[]]> = [
  ['The Pope appealed for peace in the Middle East.', '2010-05-01', ['Pope Benedict XVI|VATGOV']],
  ['The Pope called for a ceasefire in Gaza.', '2024-03-01', ['Pope Francis|VATGOV']],
  ['The Pope urged Russia and Ukraine to negotiate.', '2025-09-01', ['Pope Leo XIV|VATGOV']],
];
for (const [text, published, expected] of OFFICE_ALONE) {
  test(`an office named alone: "${text}" (${published})`, { timeout: 60_000 }, () => {
    assert.deepEqual(person(text, published), expected);
  });
}
