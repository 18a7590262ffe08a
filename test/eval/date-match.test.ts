import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesMatch, isoWeek } from '../../src/eval/index.ts';

// [gold, gold date_precision, extracted value, expected]
const ROWS: ReadonlyArray<readonly [string, string | null, string | null, boolean]> = [
  ['2020', null, '2020-03-11', true],
  ['2020', null, '2020', true],
  ['2020', null, '2021-01-01', false],
  ['2020-03', null, '2020-03-31', true],
  ['2020-03', null, '2020-03', true],
  ['2020-03', null, '2020', false],
  ['2020-03', null, '2020-04-01', false],
  ['2020-03-26', 'week', '2020-03-23', true],
  ['2020-03-26', 'week', '2020-03-29', true],
  ['2020-03-26', 'week', '2020-03-30', false],
  ['2020-03-26', 'week', '2020-03', false],
  ['2020-12-31', 'week', '2021-01-03', true],
  ['2020-03-11', null, '2020-03-11', true],
  ['2020-03-11', 'day', '2020-03-12', false],
  ['2020-03-11', null, '2020-03', false],
  ['2020-03-11', null, null, false],
  ['2020', 'year', '2020-06-01', true],
  ['2020-03-11', 'year', '2020-07-01', true],
  ['2020-03-11', 'month', '2020-03-30', true],
];

for (const [gold, precision, ext, expected] of ROWS) {
  test(`datesMatch(gold ${gold}${precision ? `/${precision}` : ''}, extracted ${ext}) = ${expected}`, () => {
    assert.equal(datesMatch(gold, precision, ext), expected);
  });
}

const WEEKS: ReadonlyArray<readonly [string, string | null]> = [
  ['2020-03-26', '2020-W13'],
  ['2021-01-03', '2020-W53'],
  ['2019-12-30', '2020-W01'],
  ['2020-01-01', '2020-W01'],
  ['2020-03', null],
];

for (const [day, week] of WEEKS) {
  test(`isoWeek(${day}) = ${week}`, () => {
    assert.equal(isoWeek(day), week);
  });
}
