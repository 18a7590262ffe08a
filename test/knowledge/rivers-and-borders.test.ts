import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { normalizeName } from '../../src/nlp/normalize.ts';
import { parseTsv } from '../../src/knowledge/tsv.ts';

// data/places/rivers.tsv places each river's stretch at a GeoNames town of that country (knowledge/rivers.ts);
// data/places/border-points.tsv (scripts/border-points.ts) a point near each land border on each side.
const kb = loadKnowledge();
const T = { timeout: 120_000 };

test('every river anchor is a GeoNames town of its country', T, () => {
  const rows = parseTsv(readFileSync(new URL('../../data/places/rivers.tsv', import.meta.url), 'utf8'));
  assert.ok(rows.length > 40);
  for (const { cells: [name, , country, anchor] } of rows) {
    assert.ok(kb.cities(normalizeName(anchor)).some((c) => c.country === country), `${name}: ${anchor} in ${country}`);
  }
});

const km = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => {
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
};

// each side's point lies near the other side's (a border strip), and far from neither country's interior
const BORDERS: Array<[string, string]> = [['KEN', 'SOM'], ['PAK', 'AFG'], ['UKR', 'RUS'], ['USA', 'MEX'], ['ISR', 'LBN'], ['TUR', 'SYR']];
for (const [side, neighbour] of BORDERS) {
  test(`a point near the ${side}-${neighbour} border on each side`, T, () => {
    const a = kb.lexicon.borderPoints.get(`${side}\t${neighbour}`);
    const b = kb.lexicon.borderPoints.get(`${neighbour}\t${side}`);
    assert.ok(a && b);
    assert.ok(km(a, b) < 1200, `${km(a, b)} km apart`);
  });
}

test('no border point for countries that share no border', T, () => {
  assert.equal(kb.lexicon.borderPoints.get('FRA\tJPN'), undefined);
  assert.equal(kb.lexicon.borderPoints.get('NGA\tKEN'), undefined);
});
