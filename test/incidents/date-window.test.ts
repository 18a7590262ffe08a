import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blockCountry, dateWindow, isoDay, placePoint } from '../../src/incidents/index.ts';
import type { EventDate } from '../../src/schema/event.ts';
import { PLACES } from './make-report.ts';

// Every date as the span of days it can mean; every place with its geo precision and centroid flag.
const DATES: Array<[string, EventDate['precision'], string, string]> = [
  ['2020-03-11', 'day', '2020-03-11', '2020-03-11'],
  ['2020-03-11', 'week', '2020-03-08', '2020-03-14'],
  ['2020-03-12', 'reported', '2020-03-09', '2020-03-12'],
  ['2020-02', 'month', '2020-02-01', '2020-02-29'],
  ['2020-12', 'month', '2020-12-01', '2020-12-31'],
  ['2020', 'year', '2020-01-01', '2020-12-31'],
];

for (const [value, precision, start, end] of DATES) {
  test(`date span: ${value} (${precision})`, () => {
    const w = dateWindow({ value, precision })!;
    assert.deepEqual([isoDay(w.start), isoDay(w.end)], [start, end]);
  });
}

test('date span: no date, no span', () => assert.equal(dateWindow(null), null));

const PLACE_CASES: Array<[keyof typeof PLACES, string, boolean]> = [
  ['taji', 'site', false], ['baghdad', 'city', false], ['anbar', 'region', true], ['syria', 'country', true], ['iraq', 'country', true],
];
for (const [name, precision, centroid] of PLACE_CASES) {
  test(`place: ${name} is ${precision}${centroid ? ', a centroid' : ''}`, () => {
    const p = placePoint({ ...PLACES[name] });
    assert.deepEqual([p?.precision, p?.centroid], [precision, centroid]);
  });
}

test('place: an inferred place says only its country, whatever its precision', () => {
  assert.deepEqual(placePoint({ ...PLACES.baghdad, basis: 'inferred', span: null })?.precision, 'country');
});

test('blocking country: the place, else the target or actor code, else a group\'s country', () => {
  const actor = (code: string | null) => ({ text: '', name: '', code, span: [0, 0] as [number, number] });
  assert.equal(blockCountry({ location: { ...PLACES.taji }, actor: null, target: null }), 'IRQ');
  assert.equal(blockCountry({ location: null, actor: actor('HKGCOP'), target: actor('HKGOPP') }), 'HKG');
  assert.equal(blockCountry({ location: null, actor: actor('boko-haram'), target: null }, (c) => (c === 'boko-haram' ? ['NGAREB'] : [])), 'NGA');
  assert.equal(blockCountry({ location: null, actor: actor('islamic-state'), target: null }), '');
});
