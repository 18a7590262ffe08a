import { createHash } from 'node:crypto';
import { isoDay } from '../incidents/index.ts';
import type { Incident } from '../incidents/index.ts';
import type { Firing } from './conditions.ts';
import type { Rule } from './rule.ts';

// The alert record: the rule, the series (group), the window, and the incidents behind it with who says
// so. Its id hashes rule, group and window, so the same window never makes two alerts.

/** Incidents given with their evidence; every id is in `incident_ids` whatever the count. */
export const MAX_DETAILED = 20;

export interface AlertReport {
  /** The report's key, doc_id#ordinal (`eventlens incident KEY` finds its incident). */
  readonly key: string;
  readonly doc_id: string;
  readonly outlet: string;
  /** 'outlet' when the article says it in its own voice, else who it attributes it to. */
  readonly source: string;
  readonly certainty: string;
  readonly trigger: string;
  /** The sentence, when the caller could read it from the store. */
  readonly sentence?: string;
}

export interface AlertIncident {
  readonly id: string;
  readonly date: string | null;
  readonly type: string;
  readonly actor: string | null;
  readonly target: string | null;
  readonly place: string | null;
  readonly country: string | null;
  readonly killed: number | null;
  readonly goldstein: number;
  /** 'asserted': some outlet states it; 'claimed': only a party to it (or a source) says so. */
  readonly attribution: 'asserted' | 'claimed';
  readonly claimed_by: readonly string[];
  readonly evidence: readonly AlertReport[];
}

export interface Alert {
  readonly id: string;
  readonly rule: string;
  readonly description: string | null;
  readonly kind: Rule['when']['kind'];
  /** The series: a country, a dyad "IRN–USA", an actor; '' for a rule without group_by. */
  readonly group: string;
  readonly fired_on: string;
  readonly window: { readonly start: string; readonly end: string };
  readonly value: number;
  readonly reason: string;
  /** asserted: every incident stated by an outlet; claimed: none is; mixed: some are. */
  readonly attribution: 'asserted' | 'claimed' | 'mixed';
  readonly asserted_incidents: number;
  readonly claimed_incidents: number;
  readonly incident_ids: readonly string[];
  readonly incidents: readonly AlertIncident[];
}

export function alertId(rule: string, group: string, start: string, end: string): string {
  return `alr-${createHash('sha256').update(`${rule}\u0000${group}\u0000${start}\u0000${end}`, 'utf8').digest('hex').slice(0, 12)}`;
}

export function makeAlert(rule: Rule, group: string, firing: Firing, incidents: readonly Incident[]): Alert {
  const start = isoDay(firing.start);
  const end = isoDay(firing.end);
  const asserted = incidents.filter((i) => i.asserted).length;
  const claimed = incidents.length - asserted;
  // the gravest first: most killed, then the lowest Goldstein, then the id
  const gravest = [...incidents].sort((a, b) => (b.numbers.killed?.value ?? 0) - (a.numbers.killed?.value ?? 0)
    || a.goldstein - b.goldstein || (a.id < b.id ? -1 : 1));
  return {
    id: alertId(rule.id, group, start, end),
    rule: rule.id,
    description: rule.description ?? null,
    kind: rule.when.kind,
    group,
    fired_on: end,
    window: { start, end },
    value: firing.value,
    reason: firing.reason,
    attribution: claimed === 0 ? 'asserted' : asserted === 0 ? 'claimed' : 'mixed',
    asserted_incidents: asserted,
    claimed_incidents: claimed,
    incident_ids: incidents.map((i) => i.id).sort(),
    incidents: gravest.slice(0, MAX_DETAILED).map(alertIncident),
  };
}

function alertIncident(i: Incident): AlertIncident {
  return {
    id: i.id,
    date: i.date?.value ?? null,
    type: i.type,
    actor: i.actor?.code ?? i.actor?.name ?? null,
    target: i.target?.code ?? i.target?.name ?? null,
    place: i.location?.name ?? null,
    country: i.location?.country ?? null,
    killed: i.numbers.killed?.value ?? null,
    goldstein: i.goldstein,
    attribution: i.asserted ? 'asserted' : 'claimed',
    claimed_by: i.claimed_by,
    evidence: i.reports.map((r) => ({ key: r.key, doc_id: r.doc_id, outlet: r.outlet, source: r.source, certainty: r.certainty, trigger: r.trigger })),
  };
}
