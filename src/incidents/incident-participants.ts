import type { IncidentActor, IncidentParticipant } from './incident.ts';
import type { Report } from './report.ts';

// An incident's coordinated participants: the reconciled one first, then every other participant a report
// lists ("Chad and Cameroon deployed forces": its event's `actors`), so a watch rule on Cameroon counts the
// incident. Reports without a list add nothing: outlets that disagree on who acted still give one
// reconciled actor (reconcile.ts), not a list. Present only with two or more, as on events.
export function coordinatedParticipants(
  reports: readonly Report[], primary: IncidentActor | null, list: 'actors' | 'targets',
): IncidentParticipant[] | undefined {
  const seen = new Set<string>();
  const out: IncidentParticipant[] = [];
  const add = (p: { readonly code: string | null; readonly name: string }): void => {
    // the same code is the same participant; without a code, the same name
    const key = p.code ?? `"${p.name.toLowerCase()}"`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ code: p.code, name: p.name });
  };
  if (primary !== null) add(primary);
  for (const report of reports) for (const p of report.event[list] ?? []) add(p);
  return out.length > 1 ? out : undefined;
}
