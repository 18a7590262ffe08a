import { compareKeys } from './report.ts';

// Counting what reports say, for reasons and conflicts: "3 reports say 11 March, 1 says 12 March".

export interface Tally<T> {
  readonly value: T;
  readonly label: string;
  /** Reports (mentions) saying it. */
  readonly reports: number;
  /** Distinct outlets saying it. */
  readonly outlets: ReadonlySet<string>;
}

export interface Vote<T> {
  readonly value: T;
  readonly label: string;
  readonly outlet: string;
}

/** Tallies by label, most outlets first, then most reports, then label (byte order). */
export function tally<T>(votes: readonly Vote<T>[], order: 'outlets' | 'reports' = 'reports'): Tally<T>[] {
  const byLabel = new Map<string, { value: T; label: string; reports: number; outlets: Set<string> }>();
  for (const v of votes) {
    const t = byLabel.get(v.label);
    if (t === undefined) byLabel.set(v.label, { value: v.value, label: v.label, reports: 1, outlets: new Set([v.outlet]) });
    else {
      t.reports++;
      t.outlets.add(v.outlet);
    }
  }
  const primary = (t: Tally<T>) => (order === 'outlets' ? t.outlets.size : t.reports);
  const secondary = (t: Tally<T>) => (order === 'outlets' ? t.reports : t.outlets.size);
  return [...byLabel.values()].sort((a, b) => primary(b) - primary(a) || secondary(b) - secondary(a) || compareKeys(a.label, b.label));
}

export function says(count: number, noun = 'report'): string {
  return `${count} ${noun}${count === 1 ? ' says' : 's say'}`;
}

/** null when one value only; else every value with its count, the winner first. */
export function conflictText<T>(tallies: readonly Tally<T>[], noun: 'report' | 'source' = 'report'): string | null {
  if (tallies.length < 2) return null;
  const count = (t: Tally<T>) => (noun === 'source' ? t.outlets.size : t.reports);
  return tallies.map((t, i) => (i === 0 ? `${says(count(t), noun)} ${t.label}` : `${count(t)} ${count(t) === 1 ? 'says' : 'say'} ${t.label}`)).join(', ');
}
