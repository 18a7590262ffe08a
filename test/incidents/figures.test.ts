import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reconcileFigure, type FigureReport } from '../../src/incidents/index.ts';

// The incident toll from its reports' tolls: independent over partisan, numbers over vague words, then
// the largest lower bound (figures.ts). A row: [what, reports, value, min, max, hedge].

type Row = readonly [number, number | null, FigureReport['figure']['hedge'], 'independent' | 'partisan'];
const reports = (rows: readonly Row[]): FigureReport[] => rows.map(([min, max, hedge, voice], i) => ({
  figure: { min, max, hedge, text: `${hedge} ${min}`, span: [0, 1] },
  outlet: `outlet${i}`,
  partisan: voice === 'partisan',
  key: `doc${i}#0`,
}));

const CASES: Array<[string, Row[], number, number, number | null, string]> = [
  ['one report', [[3, 3, 'exact', 'independent']], 3, 3, 3, 'exact'],
  ['the toll rose: the later, higher count wins', [[43, null, 'at_least', 'independent'], [78, 78, 'exact', 'independent'], [110, null, 'at_least', 'independent']], 110, 43, null, 'at_least'],
  ['the most repeated figure does not win over a higher firm one', [[2, 2, 'exact', 'independent'], [2, 2, 'exact', 'independent'], [3, 3, 'exact', 'independent']], 3, 2, 3, 'exact'],
  ['"at least 2" and "three"', [[2, null, 'at_least', 'independent'], [3, 3, 'exact', 'independent']], 3, 2, null, 'exact'],
  ['a party\'s claim does not outbid independent figures', [[3, 3, 'exact', 'independent'], [30, 30, 'exact', 'partisan']], 3, 3, 3, 'exact'],
  ['parties\' claims count when nobody else gives a figure', [[43, 43, 'exact', 'partisan'], [110, null, 'at_least', 'partisan']], 110, 43, null, 'at_least'],
  ['a party\'s number does not beat an independent "dozens"', [[24, null, 'vague', 'independent'], [47, 47, 'exact', 'partisan']], 24, 24, null, 'vague'],
  ['"dozens" only when nobody gives a number', [[24, null, 'vague', 'independent'], [12, 12, 'exact', 'independent']], 12, 12, 12, 'exact'],
  ['vague words alone', [[24, null, 'vague', 'independent'], [2000, null, 'vague', 'independent']], 2000, 24, null, 'vague'],
  ['"up to" figures alone: the smallest bound', [[0, 5000, 'at_most', 'independent'], [0, 8000, 'at_most', 'independent']], 5000, 5000, 8000, 'at_most'],
  ['"about" counts as its number; an "up to" has no lower bound', [[100000, 100000, 'about', 'independent'], [0, 200000, 'at_most', 'independent']], 100000, 100000, 200000, 'about'],
];

for (const [what, rows, value, min, max, hedge] of CASES) {
  test(`figure: ${what}`, () => {
    const f = reconcileFigure(reports(rows));
    assert.ok(f);
    assert.deepEqual([f.value, f.min, f.max, f.hedge], [value, min, max, hedge]);
  });
}

test('figure: the reason names the rule and the report, the conflict who said what', () => {
  const f = reconcileFigure(reports([[2, 2, 'exact', 'independent'], [2, 2, 'exact', 'independent'], [3, 3, 'exact', 'independent'], [30, 30, 'exact', 'partisan']]))!;
  assert.equal(f.reason, "largest lower bound of 3 reports: 3 (outlet2: 'exact 3'); not counted: 1 from a party to the event");
  assert.equal(f.conflict, '1 report says 3, 2 say 2');
  assert.equal(f.reports, 3);
});

test('figure: none reported, none reconciled', () => {
  assert.equal(reconcileFigure([]), null);
});
