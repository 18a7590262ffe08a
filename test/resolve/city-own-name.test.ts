import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { analyze, normalizeWithMap } from '../../src/nlp/index.ts';
import { findPlaces } from '../../src/resolve/places.ts';

// A city whose own name is written beats a bigger one that has the name only as another, often former, name
// (src/resolve/city-choice.ts), unless that one is ten times its size.
const kb = loadKnowledge();
const cityOf = (text: string, name: string) => {
  const p = findPlaces(analyze(text), normalizeWithMap(text), kb).find((m) => m.text === name);
  return p ? `${p.place.name}/${p.place.country}` : null;
};

const OWN_NAME: Array<[string, string, string]> = [
  ['Talks were held in Islamabad on Monday.', 'Islamabad', 'PAK'],
  ['Delegates gathered in Bridgetown on Friday.', 'Bridgetown', 'BRB'],
  ['Protesters marched in Moroni on Sunday.', 'Moroni', 'COM'],
  ['The ministers met in Kingstown last week.', 'Kingstown', 'VCT'],
  ['A bomb exploded in Jalalabad on Monday.', 'Jalalabad', 'AFG'],
  ['Troops were deployed in Salem on Friday.', 'Salem', 'IND'],
  ['A blast hit a market in Novorossiysk.', 'Novorossiysk', 'RUS'],
];
// negatives: a far bigger city keeps a name another town has as its own; an alternate name stays with the big city
const KEPT: Array<[string, string, string]> = [
  ['Thousands rallied in Washington on Saturday.', 'Washington', 'USA'],
  ['Police detained activists in Delhi on Monday.', 'Delhi', 'IND'],
  ['A court in Moscow jailed the journalist.', 'Moscow', 'RUS'],
  ['Officials met in Bombay on Monday.', 'Bombay', 'IND'],
  ['Protesters gathered in Kiev on Sunday.', 'Kiev', 'UKR'],
  ['Protesters gathered in St. Petersburg on Sunday.', 'St. Petersburg', 'RUS'],
];
for (const [text, name, country] of [...OWN_NAME, ...KEPT]) {
  test(`city own name: "${name}" in "${text}" → ${country}`, { timeout: 120_000 }, () => {
    assert.match(cityOf(text, name) ?? 'none', new RegExp(`/${country}$`));
  });
}
