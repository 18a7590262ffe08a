// The store's period labels — "2020-03-11" (day), "2020-W11" (ISO week), "2020-03" (month) — as
// time ranges, so the charts can place bars on a real time axis with gaps where nothing happened.

export type Period = 'day' | 'week' | 'month';

const DAY_MS = 86_400_000;

/** [start, end) in ms since the epoch (UTC), or null for a label of another granularity. */
export function periodRange(label: string, period: Period): readonly [number, number] | null {
  if (period === 'day') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(label);
    if (!m) return null;
    const start = Date.UTC(+m[1], +m[2] - 1, +m[3]);
    return [start, start + DAY_MS];
  }
  if (period === 'month') {
    const m = /^(\d{4})-(\d{2})$/.exec(label);
    if (!m) return null;
    return [Date.UTC(+m[1], +m[2] - 1, 1), Date.UTC(+m[1], +m[2], 1)];
  }
  const m = /^(\d{4})-W(\d{2})$/.exec(label);
  if (!m) return null;
  // ISO week 1 is the week with the year's first Thursday; weeks start on Monday.
  const jan4 = Date.UTC(+m[1], 0, 4);
  const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
  const start = monday1 + (+m[2] - 1) * 7 * DAY_MS;
  return [start, start + 7 * DAY_MS];
}

export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** since/until filter values that select exactly this period. */
export function periodFilter(label: string, period: Period): { since: string; until: string } | null {
  const range = periodRange(label, period);
  return range ? { since: isoDay(range[0]), until: isoDay(range[1] - DAY_MS) } : null;
}

/** A few evenly spaced tick positions with labels for an axis from `min` to `max`. */
export function timeTicks(min: number, max: number, count = 6): { at: number; label: string }[] {
  const span = max - min;
  if (span <= 0) return [{ at: min, label: isoDay(min) }];
  const ticks: { at: number; label: string }[] = [];
  for (let i = 0; i <= count; i++) {
    const at = min + (span * i) / count;
    const label = span > 400 * DAY_MS ? isoDay(at).slice(0, 7) : isoDay(at);
    // A short axis would repeat a day several times; each label once is enough.
    if (ticks.at(-1)?.label !== label) ticks.push({ at, label });
  }
  return ticks;
}

export const PERIOD_MS: Record<Period, number> = { day: DAY_MS, week: 7 * DAY_MS, month: 30.44 * DAY_MS };

/** How many periods the labels span, first to last: the number of bar slots on the axis. */
export function slots(labels: readonly string[], period: Period): number {
  const ranges = labels.map((l) => periodRange(l, period)).filter((r) => r !== null);
  if (ranges.length === 0) return 0;
  return (Math.max(...ranges.map((r) => r[1])) - Math.min(...ranges.map((r) => r[0]))) / PERIOD_MS[period];
}
