import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { analyze, normalizeWithMap } from '../../src/nlp/index.ts';
import { findPlaces } from '../../src/resolve/places.ts';

// A city's own name beats another city's alternate or old name, worth a city ten times the size
// (src/resolve/city-choice.ts, `byAlternateName` from src/knowledge/geonames.ts): "Islamabad" was read as Chittagong
// (one of its old names, and 6x the people), "Salem" as Jerusalem, "Novorossiysk" as Dnipro. A name that is only an
// alternate still finds its city ("Kiev", "Bombay"), and a far larger one still wins ("St. Petersburg").
const kb = loadKnowledge();
const placeIn = (text: string) => findPlaces(analyze(text), normalizeWithMap(text), kb).map((p) => `${p.place.name}/${p.place.country}`);

const CASES: Array<[string, string]> = [
  ['Police arrested five men in Islamabad on Monday.', 'Islamabad/PAK'],
  ['A bomb exploded in Jalalabad on Monday.', 'Jalālābād/AFG'],
  ['Troops were deployed in Salem on Friday.', 'Salem/IND'],
  ['A blast hit a market in Novorossiysk.', 'Novorossiysk/RUS'],
  // alternates that are the only or far larger reading
  ['Protesters gathered in Kiev on Sunday.', 'Kyiv/UKR'],
  ['A blast hit a market in Bombay.', 'Mumbai/IND'],
  ['Protesters gathered in St. Petersburg on Sunday.', 'Saint Petersburg/RUS'],
];
for (const [text, expected] of CASES) {
  test(`a city's own name first: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(placeIn(text), [expected]);
  });
}
