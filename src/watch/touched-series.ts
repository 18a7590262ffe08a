import type { Incident } from '../incidents/index.ts';
import type { Alert } from './alert.ts';
import { seriesKey } from './evaluate.ts';
import { groupKey, matches } from './match.ts';
import type { Rule } from './rule.ts';

// The series new incidents fall in, rule by rule. A series they are not in cannot change, so the ingest
// hook reads and alerts on these series only: after one article on a store of a million incidents it
// reads one country's or one dyad's history, not every incident of the look-back.
//   an incident in Sudan, actor SDNMIL → target SDNREB under a per-country and a 3-letter dyad rule
//   → country SDN; dyad SDN–SDN

/** What to read: incidents in any of these series; `everything` when a rule counts all in one series. */
export interface SeriesFilter {
  readonly everything: boolean;
  readonly countries: readonly string[];
  /** Codes cut to `length` characters (undefined: whole codes). */
  readonly actors: readonly CodeSet[];
  readonly targets: readonly CodeSet[];
  readonly dyads: readonly DyadSet[];
}

export interface CodeSet {
  readonly length: number | undefined;
  readonly codes: readonly string[];
}

export interface DyadSet {
  readonly length: number | undefined;
  readonly pairs: readonly (readonly [string, string])[];
}

/** rule id + "\u0000" + group of every series (of the rules given) that holds one of the incidents. */
export function touchedSeries(incidents: readonly Incident[], rules: readonly Rule[]): Set<string> {
  const touched = new Set<string>();
  for (const rule of rules) {
    for (const incident of incidents) {
      if (!matches(incident, rule.match)) continue;
      const key = groupKey(incident, rule.group_by, rule.match, rule.code_length);
      if (key !== null) touched.add(seriesKey(rule.id, key));
    }
  }
  return touched;
}

/** The incidents to read so that every touched series is whole (other series' incidents may come too). */
export function seriesFilter(incidents: readonly Incident[], rules: readonly Rule[]): SeriesFilter {
  let everything = false;
  const countries = new Set<string>();
  const actors: CodeSet[] = [];
  const targets: CodeSet[] = [];
  const dyads: DyadSet[] = [];
  for (const rule of rules) {
    const counted = incidents.filter((i) => matches(i, rule.match));
    const keys = [...new Set(counted.map((i) => groupKey(i, rule.group_by, rule.match, rule.code_length)))].filter((k): k is string => k !== null);
    if (keys.length === 0) continue;
    // one series holds every incident the rule counts: no column narrows it
    if (rule.group_by === 'none' || (rule.group_by === 'dyad' && rule.match.dyad)) everything = true;
    else if (rule.group_by === 'country') for (const k of keys) countries.add(k);
    else if (rule.group_by === 'actor') actors.push({ length: rule.code_length, codes: keys });
    else if (rule.group_by === 'target') targets.push({ length: rule.code_length, codes: keys });
    else dyads.push({ length: rule.code_length, pairs: keys.map((k) => k.split('–') as [string, string]) });
  }
  return { everything, countries: [...countries], actors, targets, dyads };
}

/** Nothing to read: no rule counts any of the incidents. */
export function isEmptyFilter(filter: SeriesFilter): boolean {
  return !filter.everything && filter.countries.length === 0 && filter.actors.length === 0 && filter.targets.length === 0 && filter.dyads.length === 0;
}

export function inSeries(alerts: readonly Alert[], touched: ReadonlySet<string>): Alert[] {
  return alerts.filter((a) => touched.has(seriesKey(a.rule, a.group)));
}
