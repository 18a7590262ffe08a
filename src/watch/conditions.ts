import type { Condition } from './rule.ts';
import type { Series } from './series.ts';

// When a series alerts on a day. Windowed conditions fire on the day they become true (true that day,
// false the day before): a level that stays high is one alert, not one a day. `first` is a crossing
// by itself.

export interface Firing {
  /** The days the alert is about, inclusive. */
  readonly start: number;
  readonly end: number;
  readonly value: number;
  /** Why, in words: "30-day killed 140, highest in 365 days (before: 90), at least 100". */
  readonly reason: string;
}

export function fireOn(series: Series, condition: Condition, day: number): Firing | null {
  if (condition.kind === 'first') return first(series, condition.lookback_days, day);
  const now = holds(series, condition, day);
  if (now === null || holds(series, condition, day - 1) !== null) return null;
  return { start: day - condition.window_days + 1, end: day, ...now };
}

type Windowed = Exclude<Condition, { kind: 'first' }>;

function holds(series: Series, c: Windowed, day: number): { value: number; reason: string } | null {
  const value = round(series.window(day, c.window_days));
  const label = `${c.window_days}-day ${c.measure} ${value}`;
  switch (c.kind) {
    case 'threshold':
      return within(value, c) ? { value, reason: `${label}${boundText(c)}` } : null;
    case 'change': {
      const baseline = series.sum(day - c.window_days - c.baseline_days + 1, day - c.window_days) * (c.window_days / c.baseline_days);
      const change = round(value - baseline);
      return within(change, c) ? { value: change, reason: `${label} against ${round(baseline)} a ${c.window_days}-day window over the ${c.baseline_days} days before: change ${change}${boundText(c)}` } : null;
    }
    case 'spike': {
      if (value < c.min || value <= 0) return null;
      const before = baselineWindows(series, c.window_days, c.baseline_days, day, c.method);
      const floor = c.min > 0 ? `, at least ${c.min}` : '';
      if (c.method === 'rolling_max') {
        const highest = Math.max(0, ...before);
        return value > highest ? { value, reason: `${label}, highest in ${c.baseline_days} days (before: ${round(highest)})${floor}` } : null;
      }
      const mean = before.reduce((s, v) => s + v, 0) / before.length;
      const sd = Math.sqrt(before.reduce((s, v) => s + (v - mean) ** 2, 0) / before.length);
      const z = sd === 0 ? (value > mean ? Infinity : 0) : (value - mean) / sd;
      return z >= c.z! ? { value, reason: `${label}, z ${Number.isFinite(z) ? round(z) : '∞'} ≥ ${c.z} against ${c.baseline_days} days (mean ${round(mean)}, sd ${round(sd)})${floor}` } : null;
    }
  }
}

// rolling_max: the window's sum on each of the baseline days before (HDX: "not seen in a year").
// zscore: the windows that end before the current one starts, so the spike is not in its own baseline.
function baselineWindows(series: Series, window: number, baseline: number, day: number, method: 'rolling_max' | 'zscore'): number[] {
  const last = method === 'rolling_max' ? day - 1 : day - window;
  const values: number[] = [];
  for (let d = day - baseline; d <= last; d++) values.push(series.window(d, window));
  return values;
}

function first(series: Series, lookback: number | undefined, day: number): Firing | null {
  const today = series.sum(day, day);
  if (today === 0) return null;
  const since = lookback === undefined ? series.lo : day - lookback;
  if (series.sum(since, day - 1) > 0) return null;
  const span = lookback === undefined ? 'in all stored history' : `in ${lookback} days`;
  return { start: day, end: day, value: today, reason: `first incident ${span}` };
}

function within(value: number, c: { at_least?: number; at_most?: number }): boolean {
  return (c.at_least === undefined || value >= c.at_least) && (c.at_most === undefined || value <= c.at_most);
}

function boundText(c: { at_least?: number; at_most?: number }): string {
  return [c.at_least === undefined ? '' : `, at least ${c.at_least}`, c.at_most === undefined ? '' : `, at most ${c.at_most}`].join('');
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
