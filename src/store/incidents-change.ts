import { blockCountry, dateWindow, reconcile, type ActorHierarchy, type LinkedIncident, type Report } from '../incidents/index.ts';
import type { IncidentChange, ReportRow, StoredReport } from './incidents-index.ts';
import { incidentRow } from './incidents-sql.ts';

// What a linking run writes and what it tells its caller, shared by the incremental linker
// (incidents-link.ts) and the rebuild (incidents-rebuild.ts).

export interface LinkSummary {
  readonly events: number;
  readonly incidents: number;
  readonly created: number;
  readonly changed: number;
  readonly removed: number;
  /** Commits lost to another linker and redone. */
  readonly retries: number;
  /** Ids of the incidents written (new or changed): what watch rules evaluate next (src/watch/hook/). */
  readonly incidentIds: readonly string[];
}

export const ATTEMPTS = 5;

/** The incidents as rows (made now, so the records' objects can go), and the touched ones that are gone. */
export function changeOf(linked: readonly LinkedIncident[], reports: readonly StoredReport[], touched: readonly string[], hierarchy: ActorHierarchy): IncidentChange {
  const rowOf = new Map(reports.map((r) => [r.key, r.rowId]));
  const kept = new Set(linked.map((i) => i.id));
  return {
    remove: touched.filter((id) => !kept.has(id)),
    write: linked.map((incident) => ({ incident: incidentRow(reconcile(incident)), reports: incident.reports.map((r) => reportRow(r, rowOf.get(r.key)!, hierarchy)) })),
  };
}

function reportRow(r: Report, rowId: number, hierarchy: ActorHierarchy): ReportRow {
  const w = dateWindow(r.event.date);
  return { rowId, key: r.key, type: r.event.type, country: blockCountry(r.event, (code) => hierarchy.up.get(code) ?? []), dayStart: w?.start ?? null, dayEnd: w?.end ?? null };
}

export function summary(events: number, linked: readonly string[], before: Iterable<string>, retries: number): LinkSummary {
  const old = new Set(before);
  const now = new Set(linked);
  return {
    events,
    incidents: linked.length,
    created: linked.filter((id) => !old.has(id)).length,
    changed: linked.filter((id) => old.has(id)).length,
    removed: [...old].filter((id) => !now.has(id)).length,
    retries,
    incidentIds: [...now],
  };
}
