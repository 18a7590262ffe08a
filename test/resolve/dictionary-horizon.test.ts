import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DICTIONARY_HORIZON } from '../../src/resolve/entry-choice.ts';

// The imported dictionaries' horizon (resolve/entry-choice.ts) is the last date they write: a re-import that adds later
// dates must move it.
test('the dictionary horizon is the last date the imported actors write', { timeout: 60_000 }, () => {
  const text = readFileSync(new URL('../../data/actors/petrarch/actors.tsv', import.meta.url), 'utf8');
  let last = '';
  for (const m of text.matchAll(/@(\d{4}-\d\d-\d\d)?\.\.(\d{4}-\d\d-\d\d)?/g)) for (const d of [m[1], m[2]]) if (d && d > last) last = d;
  assert.equal(last, DICTIONARY_HORIZON);
});
