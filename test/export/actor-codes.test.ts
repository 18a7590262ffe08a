import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exportedActor } from '../../src/export/actor-codes.ts';
import { GDELT_FORMAT } from '../../src/export/gdelt-format.ts';
import { POLECAT_FORMAT } from '../../src/export/polecat-format.ts';
import type { Column, ExportFormat } from '../../src/export/format.ts';
import type { ScannedEvent } from '../../src/store/index.ts';

// CAMEO-style exports write a named group's country and sector (as Phoenix codes BOKO_HARAM [NGAREB]) where
// events carry our id of it; the id goes to GDELT's known-group column. Codes that are no id pass unchanged.
const CASES: readonly [string, string | null, string | null, string][] = [
  ['hamas', 'PSEREB', 'hamas', 'a national armed group: country + REB'],
  ['boko-haram', 'NGAREB', 'boko-haram', 'another country'],
  ['wagner-group', 'RUSMIL', 'wagner-group', 'a private military company: country + MIL'],
  ['islamic-state', 'IMGREB', 'islamic-state', 'an armed group of no one country: an international militarized group'],
  ['apple', 'USABUS', 'apple', 'a company: its country + BUS'],
  ['opcw', 'IGO', 'opcw', 'an IGO with no CAMEO code of its own'],
  ['IGOUNO', 'IGOUNO', null, 'a CAMEO code written as it is'],
  ['USAMIL', 'USAMIL', null, 'a state code'],
  ['some-unknown-id', 'some-unknown-id', null, 'an id we do not know stays'],
];

test('exportedActor: group ids become country + sector codes, CAMEO codes stay', { timeout: 60_000 }, () => {
  for (const [code, cameo, group, why] of CASES) assert.deepEqual(exportedActor(code), { code: cameo, knownGroup: group }, why);
  assert.deepEqual(exportedActor(null), { code: null, knownGroup: null });
});

// the two exports' columns over one event of Hamas against Israel's army
const event = {
  actor: { text: 'Hamas', name: 'Hamas', code: 'hamas', span: [0, 5] },
  target: { text: 'Israeli troops', name: 'Israeli troops', code: 'ISRMIL', span: [20, 34] },
  provenance: { source: { text: 'Hamas', name: 'Hamas', code: 'hamas', span: [0, 5] } },
};
const row = { event } as unknown as ScannedEvent;
const columnsOf = (format: ExportFormat): readonly Column[] => (format.kind === 'delimited' ? format.columns : []);
const cell = (columns: readonly Column[], name: string) => {
  const column = columns.find((c) => c.name === name);
  assert.ok(column, `column ${name}`);
  return column.value(row, 1);
};

test('GDELT export: Actor1Code, country, known group and type of a named group', { timeout: 60_000 }, () => {
  const gdelt = columnsOf(GDELT_FORMAT);
  assert.equal(cell(gdelt, 'Actor1Code'), 'PSEREB');
  assert.equal(cell(gdelt, 'Actor1CountryCode'), 'PSE');
  assert.equal(cell(gdelt, 'Actor1KnownGroupCode'), 'hamas');
  assert.equal(cell(gdelt, 'Actor1Type1Code'), 'REB');
  assert.equal(cell(gdelt, 'Actor2Code'), 'ISRMIL');
  assert.equal(cell(gdelt, 'Actor2KnownGroupCode'), null, 'a state has no known group');
});

test('POLECAT export: actor code and country of a named group, and of a source', { timeout: 60_000 }, () => {
  const polecat = columnsOf(POLECAT_FORMAT);
  assert.equal(cell(polecat, 'actor_code'), 'PSEREB');
  assert.equal(cell(polecat, 'actor_country'), 'PSE');
  assert.equal(cell(polecat, 'recipient_code'), 'ISRMIL');
  assert.equal(cell(polecat, 'source_code'), 'PSEREB');
});
