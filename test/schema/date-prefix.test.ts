import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { datePrefixProblem } from '../../src/schema/date-prefix.ts';
import { checkEventFilter } from '../../src/store/index.ts';

// The one date check shared by the CLI filters, the store and the HTTP query schemas.
describe('datePrefixProblem', () => {
  for (const ok of ['2024', '2024-02', '2024-02-29', '2000-02-29', '2023-12-31', '1999-04-30']) {
    test(`accepts ${ok}`, () => assert.equal(datePrefixProblem(ok), undefined));
  }
  const bad: [string, RegExp][] = [
    ['2024-13-45', /no month 13/],
    ['2024-00', /no month 00/],
    ['2024-02-30', /2024-02 has no day 30 \(it has 29 days\)/],
    ['2023-02-29', /2023-02 has no day 29 \(it has 28 days\)/],
    ['1900-02-29', /has no day 29/],
    ['2024-04-31', /2024-04 has no day 31/],
    ['2024-01-00', /has no day 00/],
    ['March', /expected YYYY, YYYY-MM or YYYY-MM-DD/],
    ['2024-1-5', /expected YYYY/],
    ['2024-01-05T10:00', /expected YYYY/],
  ];
  for (const [value, message] of bad) {
    test(`rejects ${value}`, () => assert.match(datePrefixProblem(value) ?? 'accepted', message));
  }
});

describe('the store applies the same check to EventFilter dates', () => {
  test('an impossible since/until is an error, not an empty result', () => {
    assert.throws(() => checkEventFilter({ since: '2024-02-30' }), /invalid since date '2024-02-30': 2024-02 has no day 30/);
    assert.throws(() => checkEventFilter({ until: '2024-13' }), /invalid until date '2024-13': there is no month 13/);
    assert.doesNotThrow(() => checkEventFilter({ since: '2024-02-29', until: '2024-03' }));
  });
});
