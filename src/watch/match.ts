import { distanceKm } from '../incidents/geo.ts';
import type { Incident } from '../incidents/index.ts';
import type { GroupBy, Match } from './rule.ts';

// Does a rule count this incident? Every field given must hold (and); inside a list, any entry (or).
// Codes match by prefix, as CAMEO codes nest: USA matches USAMIL ("US troops") and USAGOV. `actors`,
// `targets` and `dyad` look at every participant of the incident ("Chad and Cameroon deployed": a rule on
// CMR counts it); `group_by` keys on the reconciled (primary) actor and target, one series per incident.

const CLAIM_CERTAINTIES = new Set(['claimed', 'alleged']);

export function matches(incident: Incident, match: Match): boolean {
  if (match.types && !match.types.includes(incident.type)) return false;
  if (match.cameo_roots && !match.cameo_roots.includes(incident.cameo.slice(0, 2))) return false;
  const actors = participantCodes(incident.actor, incident.actors);
  const targets = participantCodes(incident.target, incident.targets);
  if (match.actors && !anyPrefix(actors, match.actors)) return false;
  if (match.targets && !anyPrefix(targets, match.targets)) return false;
  if (match.dyad) {
    const [a, b] = match.dyad;
    const forward = anyPrefix(actors, [a]) && anyPrefix(targets, [b]);
    if (!forward && !(anyPrefix(actors, [b]) && anyPrefix(targets, [a]))) return false;
  }
  const place = incident.location;
  if (match.countries && !(place?.country != null && match.countries.includes(place.country))) return false;
  if (match.near) {
    if (place === null || place.centroid || place.lat === null || place.lon === null) return false;
    if (distanceKm({ lat: place.lat, lon: place.lon }, match.near) > match.near.km) return false;
  }
  // "claims too" still leaves out what nobody says happened: plans, conditions, denials.
  if (!incident.asserted && (match.certainty === 'asserted' || !CLAIM_CERTAINTIES.has(incident.certainty))) return false;
  if (match.min_confidence !== undefined && incident.confidence < match.min_confidence) return false;
  return true;
}

function participantCodes(one: Incident['actor'], list: Incident['actors']): readonly (string | null)[] {
  if (list === undefined) return [one?.code ?? null];
  return list.map((p) => p.code);
}

// Loops, not closures: a watch run calls this for every stored incident and every rule.
function anyPrefix(codes: readonly (string | null)[], prefixes: readonly string[]): boolean {
  for (const code of codes) for (const p of prefixes) if (prefixed(code, p)) return true;
  return false;
}

function prefixed(code: string | null, prefix: string): boolean {
  return code !== null && code.startsWith(prefix);
}

/** The series an incident counts in; null: it has nothing to group by (no country, no dyad). */
export function groupKey(incident: Incident, by: GroupBy, match: Match, codeLength?: number): string | null {
  const actor = cut(incident.actor?.code, codeLength);
  const target = cut(incident.target?.code, codeLength);
  switch (by) {
    case 'none': return '';
    case 'country': return incident.location?.country ?? null;
    case 'actor': return actor;
    case 'target': return target;
    case 'dyad': {
      // a dyad the rule names is one series whatever the sub-codes (USAMIL→IRN and IRN→USA alike)
      if (match.dyad) return `${match.dyad[0]}–${match.dyad[1]}`;
      if (actor === null || target === null) return null;
      return actor < target ? `${actor}–${target}` : `${target}–${actor}`;
    }
  }
}

function cut(code: string | null | undefined, length: number | undefined): string | null {
  return code == null ? null : length === undefined ? code : code.slice(0, length);
}
