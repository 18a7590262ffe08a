import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseWebDate } from '../../src/ingest/formats/web-date.ts';

// The written calendar date, never shifted by the time zone: the outlet's "yesterday" is local.
const CASES: ReadonlyArray<[unknown, string | null]> = [
  ['2024-05-01T10:00:00+03:00', '2024-05-01'],
  ['2024-05-01T23:30:00-05:00', '2024-05-01'],
  ['2024-05-01', '2024-05-01'],
  ['2024/05/01', '2024-05-01'],
  ['20240501', '2024-05-01'],
  ['Wed, 01 May 2024 23:30:00 -0500', '2024-05-01'],
  ['Sun, 17 Mar 2024 08:00:00 GMT', '2024-03-17'],
  ['1 May 2024', '2024-05-01'],
  ['May 1, 2024', '2024-05-01'],
  ['September 3rd, 2023 10:15', '2023-09-03'],
  ['2024-02-30', null],
  ['yesterday', null],
  ['', null],
  [null, null],
  [1714557600, null],
];

describe('parseWebDate', () => {
  for (const [input, expected] of CASES) {
    it(`${JSON.stringify(input)} → ${expected}`, () => assert.equal(parseWebDate(input), expected));
  }
});
