import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError, normalisePublished } from '../../src/ingest/index.ts';

const ACCEPTED: readonly (readonly [unknown, string | null])[] = [
  ['2020-04-02', '2020-04-02'],
  ['2020-04-02T10:00:00Z', '2020-04-02'],
  ['2020-04-02T23:30:00.123-05:00', '2020-04-02'],
  ['2020-04-02T10:00+0200', '2020-04-02'],
  [' 2020-04-02 ', '2020-04-02'],
  ['2020-02-29', '2020-02-29'],
  [null, null],
  [undefined, null],
  ['', null],
];

const REJECTED: readonly unknown[] = ['xyz', '02/04/2020', '2020-4-2', '2020-04', '2020-13-01', '2019-02-29', '2020-04-02 10:00', 20200402, true];

describe('normalisePublished', () => {
  for (const [input, expected] of ACCEPTED) {
    it(`accepts ${JSON.stringify(input)}`, () => assert.equal(normalisePublished(input, 'f.txt'), expected));
  }
  for (const input of REJECTED) {
    it(`rejects ${JSON.stringify(input)}`, () => {
      assert.throws(() => normalisePublished(input, 'f.jsonl', 3), (error: unknown) =>
        error instanceof InputError && error.line === 3
        && error.message === `f.jsonl:3: invalid published date '${String(input)}' (expected YYYY-MM-DD)`);
    });
  }
});
