import type { Event } from '../../src/schema/event.ts';
import { participantsOf, type Role } from '../../src/core/participants.ts';

// An expected event written "TYPE actor>target": actor and target are ISO or group codes, a name fragment,
// or "-" for any/none; "TCD+CMR" is exactly these coordinated participants, in this order.

const who = (a: Event['actor']) => [a?.code, a?.name, a?.text].filter(Boolean).join(' ').toLowerCase();

function roleMatches(e: Event, role: Role, spec: string | undefined): boolean {
  if (!spec || spec === '-') return true;
  const wanted = spec.split('+');
  const got = participantsOf(e, role);
  return got.length === wanted.length && wanted.every((w, i) => who(got[i]).includes(w.toLowerCase()));
}

/** The event is of the spec's type with the participants it names. */
export function matchesSpec(e: Event, spec: string): boolean {
  const [type, roles = '-'] = spec.split(' ');
  const [actor, target] = roles.split('>');
  return e.type === type && roleMatches(e, 'actor', actor) && roleMatches(e, 'target', target);
}

/** An event's participants in one role as written in specs: codes (a name where there is none) joined by "+", or "-". */
export const participantCodes = (e: Event, role: Role): string => participantsOf(e, role).map((p) => p.code ?? p.name).join('+') || '-';
