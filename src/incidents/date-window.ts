import type { EventDate } from '../schema/event.ts';

// A date as the span of days it can mean, in whole days since 1970-01-01 (UTC), inclusive at both ends.
// Two reports can tell the same event only if their spans overlap:
//   day "2020-03-11"        → [11 Mar, 11 Mar]
//   week "2020-03-11"       → [8 Mar, 14 Mar]    ("last week": the coder gives a day inside it)
//   month "2020-03"         → [1 Mar, 31 Mar]
//   year "2020"             → [1 Jan, 31 Dec]
//   reported "2020-03-12"   → [9 Mar, 12 Mar]    (no date in the text: on or a few days before publication)
// Two day-precise dates may also be one day apart (ADJACENT_DAYS).

export interface DayWindow {
  readonly start: number;
  readonly end: number;
}

/** How far back a report with no date of its own may reach before its publication date. */
export const REPORTED_LOOKBACK_DAYS = 3;
/**
 * Two day-precise dates one day apart can still be one event: "Tuesday night" and "early Wednesday",
 * or a time zone. Such a pair links only on strong other evidence (date:adjacent costs a point), and the
 * incident shows the disagreement ("3 reports say 2020-03-11, 1 says 2020-03-12").
 */
export const ADJACENT_DAYS = 1;
/** Half the span of a week-precision date, around the day the coder gives. */
export const WEEK_HALF_SPAN_DAYS = 3;

const DAY_MS = 86_400_000;

export function dateWindow(date: Pick<EventDate, 'value' | 'precision'> | null): DayWindow | null {
  if (date === null) return null;
  const [y, m, d] = date.value.split('-').map(Number);
  if (!Number.isFinite(y)) return null;
  if (m === undefined) return { start: dayNumber(y, 1, 1), end: dayNumber(y, 12, 31) };
  if (d === undefined) return { start: dayNumber(y, m, 1), end: dayNumber(y, m + 1, 1) - 1 };
  const day = dayNumber(y, m, d);
  switch (date.precision) {
    case 'week': return { start: day - WEEK_HALF_SPAN_DAYS, end: day + WEEK_HALF_SPAN_DAYS };
    case 'reported': return { start: day - REPORTED_LOOKBACK_DAYS, end: day };
    default: return { start: day, end: day };
  }
}

export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Days both windows share (≥ 1 when they overlap), or minus the gap between them. */
export function overlapDays(a: DayWindow, b: DayWindow): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start) + 1;
  return shared;
}

export function windowText(w: DayWindow): string {
  return w.start === w.end ? isoDay(w.start) : `${isoDay(w.start)}..${isoDay(w.end)}`;
}
