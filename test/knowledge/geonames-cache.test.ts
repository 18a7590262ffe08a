import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { cachedCityTable } from '../../src/knowledge/geonames-cache.ts';
import { geonamesFrom, parseCities } from '../../src/knowledge/geonames.ts';

// A small cities1000 of our own: the cached table must give the same answers as the parsed one.
const dir = mkdtempSync(join(tmpdir(), 'eventlens-geocache-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const row = (id: number, name: string, alt: string, lat: number, lon: number, cc: string, admin: string, pop: number) =>
  [id, name, name, alt, lat, lon, 'P', 'PPL', cc, '', admin, '', '', '', pop, '', '', 'Zone', '2024-01-01'].join('\t');
const SOURCE = join(dir, 'cities1000.txt');
writeFileSync(SOURCE, [
  row(1, 'Tripoli', 'Tarabulus,Trablous', 32.9, 13.2, 'LY', '77', 1_150_000),
  row(2, 'Tripoli', 'Trablous', 34.4, 35.8, 'LB', '09', 230_000),
  row(3, 'Goma', '', -1.68, 29.22, 'CD', '11', 670_000),
].join('\n'));
const ISO = new Map([['LY', 'LBY'], ['LB', 'LBN'], ['CD', 'COD']]);
const ADMIN = [{ code: 'LY.77', name: 'Tripoli District' }, { code: 'CD.11', name: 'North Kivu' }];

test('the cached city table answers as the parsed one, and a damaged cache is parsed afresh', () => {
  const cache = join(dir, 'cache');
  let parses = 0;
  const parse = (tsv: string) => { parses++; return parseCities(tsv); };
  const first = geonamesFrom(cachedCityTable(SOURCE, cache, parse), ISO, ADMIN);
  const second = geonamesFrom(cachedCityTable(SOURCE, cache, parse), ISO, ADMIN);
  assert.equal(parses, 1, 'the second load reads the cache');
  for (const name of ['tripoli', 'trablous', 'tarabulus', 'goma', 'nowhere']) assert.deepEqual(second.cities(name), first.cities(name), name);
  assert.deepEqual(first.cities('tripoli').map((c) => c.country), ['LBY', 'LBN'], 'most populous first');
  assert.deepEqual(second.regions, first.regions);
  for (const file of readdirSync(cache)) writeFileSync(join(cache, file), '{"keys": [1, 2');
  assert.deepEqual(geonamesFrom(cachedCityTable(SOURCE, cache, parse), ISO, ADMIN).cities('goma'), first.cities('goma'));
  assert.equal(parses, 2);
});

test('no cache folder, or one that cannot be written: parsed every time, no error', () => {
  writeFileSync(join(dir, 'a-file'), '');
  for (const cache of [null, join(dir, 'a-file', 'below')]) {
    assert.equal(geonamesFrom(cachedCityTable(SOURCE, cache, parseCities), ISO, ADMIN).cities('goma')[0]?.name, 'Goma');
  }
});
