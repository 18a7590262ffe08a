import type { Figure } from '../schema/event.ts';
import type { IncidentFigure } from './incident.ts';
import { compareKeys } from './report.ts';
import { conflictText, tally } from './votes.ts';

// One figure (killed, injured, arrested, crowd size) for an incident, from its reports' figures.
// The rule, ACLED-like ("max-lower-bound"):
//  1. Independent over partisan: a figure from a party to the event ("the Israeli military said the
//     strike killed a commander", "the group said it killed 30": the speaker is the event's actor or
//     target) counts only when nobody else gives one. Attribution as such is no discount: outlets
//     report tolls from health ministries, hospitals, the UN and local officials as a rule.
//  2. Numbers over vague words: "dozens" or "several" count only when no report gives a number.
//  3. The value is the largest lower bound: "at least 12" commits to 12, "three" to 3, "up to 50" to
//     nothing. Tolls rise as bodies are found, and later reports are more complete, so the highest
//     figure some report commits to is the best estimate; the most-repeated figure is usually the
//     first, lowest count. If every figure is "up to N", the value is the smallest N (hedge at_most).
//  4. min and max keep the spread of the counted reports (max null if one is open-ended), so a
//     reader sees "3 (2–3)" and the conflict text says who said what.

export interface FigureReport {
  readonly figure: Figure;
  readonly outlet: string;
  /** Said by a party to the event: the speaker is its actor or target. */
  readonly partisan: boolean;
  readonly key: string;
}

const HEDGE_ORDER: readonly Figure['hedge'][] = ['exact', 'about', 'at_least', 'at_most', 'vague'];

export function reconcileFigure(reports: readonly FigureReport[]): IncidentFigure | null {
  if (reports.length === 0) return null;
  const independent = reports.filter((r) => !r.partisan);
  let pool = independent.length > 0 ? independent : reports;
  const precise = pool.filter((r) => r.figure.hedge !== 'vague');
  if (precise.length > 0) pool = precise;
  const lower = (r: FigureReport) => (r.figure.hedge === 'at_most' ? null : r.figure.min);
  const bounded = pool.filter((r) => lower(r) !== null);
  const best = bounded.length > 0
    ? pick(bounded, (r) => lower(r)!, 'max')
    : pick(pool, (r) => r.figure.max ?? r.figure.min, 'min');
  const value = bounded.length > 0 ? lower(best)! : best.figure.max ?? best.figure.min;
  const points = pool.map((r) => (r.figure.hedge === 'at_most' ? r.figure.max ?? r.figure.min : r.figure.min));
  const whose = independent.length > 0 ? '' : ' partisan';
  const rule = bounded.length > 0 ? 'largest lower bound' : 'smallest upper bound ("up to" only)';
  const tallies = tally(pool.map((r) => ({ value: r.figure, label: label(r.figure), outlet: r.outlet })));
  return {
    value,
    min: Math.min(...points),
    max: pool.some((r) => r.figure.max === null) ? null : Math.max(...pool.map((r) => r.figure.max ?? r.figure.min)),
    hedge: best.figure.hedge,
    reports: pool.length,
    reason: `${rule} of ${pool.length}${whose} report${pool.length === 1 ? '' : 's'}${precise.length === 0 ? ' (vague words only)' : ''}: ${value} (${best.outlet}: '${best.figure.text}')`
      + notCounted(reports.length - independent.length, pool.length < independent.length ? independent.length - pool.length : 0, independent.length > 0),
    // the counted value first: "1 says at least 170, 1 says at least 103, …"
    conflict: conflictText([...tallies.filter((t) => t.label === label(best.figure)), ...tallies.filter((t) => t.label !== label(best.figure))]),
  };
}

function notCounted(partisan: number, vague: number, independent: boolean): string {
  const parts = [
    ...(independent && partisan > 0 ? [`${partisan} from a party to the event`] : []),
    ...(vague > 0 ? [`${vague} vague`] : []),
  ];
  return parts.length === 0 ? '' : `; not counted: ${parts.join(', ')}`;
}

// The report with the extreme value; ties: the more exact hedge, then the smaller key (deterministic).
function pick(reports: readonly FigureReport[], value: (r: FigureReport) => number, which: 'max' | 'min'): FigureReport {
  const sign = which === 'max' ? -1 : 1;
  return [...reports].sort((a, b) => sign * (value(a) - value(b))
    || HEDGE_ORDER.indexOf(a.figure.hedge) - HEDGE_ORDER.indexOf(b.figure.hedge) || compareKeys(a.key, b.key))[0];
}

export function label(f: Pick<Figure, 'min' | 'max' | 'hedge'>): string {
  switch (f.hedge) {
    case 'exact': return String(f.min);
    case 'at_least': return `at least ${f.min}`;
    case 'at_most': return `up to ${f.max ?? f.min}`;
    case 'about': return `about ${f.min}`;
    default: return f.max === null ? `${f.min}+ (vague)` : `${f.min}-${f.max} (vague)`;
  }
}
