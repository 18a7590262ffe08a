import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CERTAINTIES, PLOVER_TYPES } from '../../src/schema/event.ts';
import * as web from '../../web/src/plover.ts';
import { highlightRuns, type Role } from '../../web/src/highlight.ts';
import { periodFilter, periodRange } from '../../web/src/periods.ts';
import { readState, writeState } from '../../web/src/url-state.ts';

// The dashboard's DOM-free logic, run in Node: highlighting, periods, the URL state.

describe('highlightRuns: roles over nested spans', () => {
  const text = 'Rwanda denied that its troops attacked Goma on Monday.';
  const span = (word: string): [number, number] => [text.indexOf(word), text.indexOf(word) + word.length];
  const rows: [string, [Role, [number, number]][], [string, string][]][] = [
    ['one span', [['trigger', span('attacked')]], [['Rwanda denied that its troops ', ''], ['attacked', 'trigger'], [' Goma on Monday.', '']]],
    ['a trigger inside the evidence', [['evidence', [0, text.length]], ['trigger', span('attacked')]],
      [['Rwanda denied that its troops ', 'evidence'], ['attacked', 'trigger evidence'], [' Goma on Monday.', 'evidence']]],
    ['adjacent spans', [['actor', span('its troops')], ['trigger', span('attacked')], ['place', span('Goma')]],
      [['Rwanda denied that ', ''], ['its troops', 'actor'], [' ', ''], ['attacked', 'trigger'], [' ', ''], ['Goma', 'place'], [' on Monday.', '']]],
    ['a span past the end is dropped', [['actor', [50, 90]]], [[text, '']]],
    ['an empty span is dropped', [['date', [5, 5]]], [[text, '']]],
  ];
  for (const [name, spans, expected] of rows) {
    test(name, () => {
      const runs = highlightRuns(text, new Map(spans));
      assert.deepEqual(runs.map((r) => [r.text, r.roles.join(' ')]), expected);
      assert.equal(runs.map((r) => r.text).join(''), text);
    });
  }
});

describe('periods', () => {
  const day = 86_400_000;
  const rows: [string, 'day' | 'week' | 'month', string | null, number][] = [
    ['2025-01-27', 'day', '2025-01-27', 1],
    ['2025-01', 'month', '2025-01-01', 31],
    ['2024-02', 'month', '2024-02-01', 29],
    ['2025-W05', 'week', '2025-01-27', 7],
    ['2021-W01', 'week', '2021-01-04', 7],
    ['2025-01', 'day', null, 0],
    ['2025', 'month', null, 0],
  ];
  for (const [label, period, start, days] of rows) {
    test(`${label} as ${period}`, () => {
      const range = periodRange(label, period);
      if (start === null) return assert.equal(range, null);
      assert.equal(new Date(range![0]).toISOString().slice(0, 10), start);
      assert.equal((range![1] - range![0]) / day, days);
    });
  }
  test('a bar clicked becomes a since/until filter', () => {
    assert.deepEqual(periodFilter('2025-W05', 'week'), { since: '2025-01-27', until: '2025-02-02' });
    assert.deepEqual(periodFilter('2025-02', 'month'), { since: '2025-02-01', until: '2025-02-28' });
  });
});

describe('URL state', () => {
  const rows: [string, string][] = [
    ['?type=ASSAULT&country=COD', '?type=ASSAULT&country=COD'],
    ['?text=Goma&since=2025-01&offset=50&sort=goldstein', '?text=Goma&since=2025-01&offset=50&sort=goldstein'],
    ['?event=report.txt%233f2a%3A9%3A120&dyad=COD%2CRWA', '?event=report.txt%233f2a%3A9%3A120&dyad=COD%2CRWA'],
    ['?sort=-date&offset=-4&colour=red', './'],
  ];
  for (const [search, written] of rows) {
    test(search, () => assert.equal(writeState(readState(search)), written));
  }
  test('the selected event keeps a doc id with colons', () => {
    assert.deepEqual(readState('?event=a%3Ab%3A42').event, { docId: 'a:b', at: 42 });
  });
});

test('the dashboard lists the same PLOVER types and certainties as the schema', () => {
  assert.deepEqual(web.PLOVER_TYPES, PLOVER_TYPES);
  assert.deepEqual(web.CERTAINTIES, CERTAINTIES);
});
