import { isoDay } from '../incidents/index.ts';
import { parseDay } from './evaluate.ts';
import type { Rule } from './rule.ts';

// The days to evaluate after incidents dated on `days` were stored or changed. A windowed condition
// fires on the day it becomes true, and a new incident on day D changes every window that holds it:
// those ending on D up to D + window − 1. So: from the earliest such day to the latest plus the longest
// window, and never past today (a day that has not happened has no news). A `first` rule fires on the
// incident's own day. null: nothing dated to evaluate.
//   an incident of 2024-03-04 under a 7-day count and a 30-day sum → 2024-03-04 … 2024-04-02

export interface DayRange {
  readonly from: string;
  readonly to: string;
}

export function affectedDays(days: readonly number[], rules: readonly Rule[], today: string): DayRange | null {
  if (days.length === 0 || rules.length === 0) return null;
  let first = Infinity;
  let last = -Infinity;
  for (const day of days) {
    if (day < first) first = day;
    if (day > last) last = day;
  }
  const window = Math.max(...rules.map((r) => (r.when.kind === 'first' ? 1 : r.when.window_days)));
  const to = Math.min(parseDay(today), last + window - 1);
  return to < first ? null : { from: isoDay(first), to: isoDay(to) };
}
