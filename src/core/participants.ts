import type { ActorRef, Event } from '../schema/event.ts';
import { eventParticipants, type ParticipantRole } from '../schema/event-participants.ts';

// One trigger is one event, however many coordinated participants it has: "Chad and Cameroon deployed
// forces" is one MOBILIZE by both, as an analyst codes it, not one per country. `actor` stays the first
// (primary) participant for every reader that takes one; `actors` lists them all, in text order, and is
// present only when there are two or more (so is `targets` for "attacked army and police posts").

export type Role = ParticipantRole;
const LIST = { actor: 'actors', target: 'targets' } as const;

/** Every participant of a role, the primary first; [] when the role is empty (one reading for the coder and the store). */
export const participantsOf = eventParticipants;

/** The event with a role set to these participants (the first is primary), keys in the schema's order. */
export function withParticipants(e: Event, role: Role, refs: readonly ActorRef[]): Event {
  const unique = refs.filter((r, i) => refs.findIndex((o) => o.span[0] === r.span[0] && o.span[1] === r.span[1] && o.code === r.code) === i);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e)) {
    if (k === LIST[role]) continue;
    if (k === role) {
      out[k] = unique[0] ?? null;
      if (unique.length > 1) out[LIST[role]] = unique;
      continue;
    }
    out[k] = v;
  }
  return out as Event;
}

/** `role` from `base` when it has one, else from `other` (a merge: "base.target ?? other.target"), with its list. */
export function filledFrom(base: Event, other: Event, role: Role): Event {
  return base[role] !== null ? base : withParticipants(base, role, participantsOf(other, role));
}

/** Any participant of one list is a participant of the other. */
export function shareAny(a: readonly ActorRef[], b: readonly ActorRef[], same: (x: ActorRef, y: ActorRef) => boolean): boolean {
  return a.some((x) => b.some((y) => same(x, y)));
}
