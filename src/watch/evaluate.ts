import { dayNumber } from '../incidents/index.ts';
import type { Incident } from '../incidents/index.ts';
import { makeAlert, type Alert } from './alert.ts';
import { fireOn } from './conditions.ts';
import { groupKey, matches } from './match.ts';
import type { Rule } from './rule.ts';
import { incidentDay, Series, type Dated } from './series.ts';

// Rules over incidents, day by day: a pure function of the incidents, the rules and the days asked
// about. `watch` asks about the last few days, `watch --backtest` about a whole period; both get the
// alerts that fired on each day, in day order.

export interface EvaluateRange {
  /** First and last day (YYYY-MM-DD) to evaluate, inclusive. */
  readonly from: string;
  readonly to: string;
  /** rule id + "\u0000" + group → end (YYYY-MM-DD) of the last alert already sent for that series: an
   *  alert whose window overlaps it is the same episode and is not made again. */
  readonly lastSent?: ReadonlyMap<string, string>;
}

export function seriesKey(rule: string, group: string): string {
  return `${rule}\u0000${group}`;
}

export function evaluateRules(incidents: readonly Incident[], rules: readonly Rule[], range: EvaluateRange): Alert[] {
  const from = parseDay(range.from);
  const to = parseDay(range.to);
  const dated: Dated[] = [];
  for (const incident of incidents) {
    const day = incidentDay(incident);
    if (day !== null && day <= to) dated.push({ day, incident });
  }
  // by day only (a stable sort); alert.ts orders each alert's incidents itself
  dated.sort((a, b) => a.day - b.day);
  const alerts: Alert[] = [];
  for (const rule of rules) alerts.push(...evaluateRule(dated, rule, from, to, range.lastSent));
  return alerts.sort((a, b) => (a.fired_on < b.fired_on ? -1 : a.fired_on > b.fired_on ? 1 : 0));
}

function evaluateRule(dated: readonly Dated[], rule: Rule, from: number, to: number, lastSent?: ReadonlyMap<string, string>): Alert[] {
  const groups = new Map<string, Dated[]>();
  for (const d of dated) {
    if (!matches(d.incident, rule.match)) continue;
    const key = groupKey(d.incident, rule.group_by, rule.match, rule.code_length);
    if (key === null) continue;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [d]);
    else list.push(d);
  }
  const measure = rule.when.kind === 'first' ? 'count' : rule.when.measure;
  const alerts: Alert[] = [];
  for (const [group, items] of groups) {
    const series = new Series(items[0].day, to, items, measure);
    const last = lastSent?.get(seriesKey(rule.id, group));
    let lastEnd = last === undefined ? -Infinity : parseDay(last);
    for (let day = Math.max(from, series.lo); day <= to; day++) {
      const firing = fireOn(series, rule.when, day);
      if (firing === null || firing.start <= lastEnd) continue;
      lastEnd = firing.end;
      alerts.push(makeAlert(rule, group, firing, series.between(firing.start, firing.end)));
    }
  }
  return alerts;
}

export function parseDay(value: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m === null) throw new Error(`not a day (YYYY-MM-DD): ${value}`);
  return dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
}
