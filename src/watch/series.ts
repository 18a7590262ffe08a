import { dayNumber } from '../incidents/index.ts';
import type { Incident } from '../incidents/index.ts';
import type { Measure } from './rule.ts';

// One group's incidents as a daily series over [lo, hi] (whole days since 1970-01-01), with prefix sums
// so any window's sum costs two lookups whatever its length.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// A month or a year is too coarse to place in a 7- or 30-day window; a week's day is within 3 days.
const DATED = new Set(['day', 'week', 'reported']);

/** The day an incident counts on, or null (undated, or dated only to a month or a year). */
export function incidentDay(incident: Incident): number | null {
  return countedDay(incident.date);
}

/** The same from a date's value and precision (an incident summary's columns). */
export function countedDay(date: { readonly value: string; readonly precision: string } | null): number | null {
  if (date === null || !DATED.has(date.precision)) return null;
  const m = DAY.exec(date.value);
  return m === null ? null : dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function measureOf(incident: Incident, measure: Measure): number {
  switch (measure) {
    case 'count': return 1;
    case 'goldstein': return incident.goldstein;
    case 'killed': return incident.numbers.killed?.value ?? 0;
    case 'casualties': return (incident.numbers.killed?.value ?? 0) + (incident.numbers.injured?.value ?? 0);
  }
}

export interface Dated {
  readonly day: number;
  readonly incident: Incident;
}

export class Series {
  private readonly prefix: Float64Array;

  /** `items` sorted by day, all within [lo, hi]. */
  constructor(readonly lo: number, readonly hi: number, readonly items: readonly Dated[], measure: Measure) {
    this.prefix = new Float64Array(hi - lo + 2);
    const daily = new Float64Array(hi - lo + 1);
    for (const { day, incident } of items) daily[day - lo] += measureOf(incident, measure);
    for (let i = 0; i < daily.length; i++) this.prefix[i + 1] = this.prefix[i] + daily[i];
  }

  /** Sum over the days [a, b], inclusive; days outside [lo, hi] hold nothing. */
  sum(a: number, b: number): number {
    const from = Math.max(a, this.lo);
    const to = Math.min(b, this.hi);
    if (to < from) return 0;
    return this.prefix[to - this.lo + 1] - this.prefix[from - this.lo];
  }

  /** The window of `days` days ending on `day`. */
  window(day: number, days: number): number {
    return this.sum(day - days + 1, day);
  }

  /** The incidents dated within [a, b]. */
  between(a: number, b: number): Incident[] {
    const start = lowerBound(this.items, a);
    const end = lowerBound(this.items, b + 1);
    return this.items.slice(start, end).map((d) => d.incident);
  }
}

function lowerBound(items: readonly Dated[], day: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
