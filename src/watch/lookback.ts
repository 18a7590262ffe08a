import type { Rule } from './rule.ts';

// How many days before the first evaluated day a run must load for its rules to see what they compare
// against: the window, the baseline before it, and the day before (a condition fires when it becomes
// true). null: all history (a `first` rule with no lookback_days).
export function lookbackDays(rules: readonly Rule[]): number | null {
  let days = 0;
  for (const { when } of rules) {
    if (when.kind === 'first') {
      if (when.lookback_days === undefined) return null;
      days = Math.max(days, when.lookback_days + 1);
    } else {
      const baseline = when.kind === 'threshold' ? 0 : when.baseline_days;
      days = Math.max(days, when.window_days + baseline + 1);
    }
  }
  return days;
}
