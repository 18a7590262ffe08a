import type { ActorRef, Event } from './event.ts';

// Readers outside the coder (store, export, CLI tables) take an event's participants from here, so that
// loading them does not load src/core (the start-up test keeps `eventlens events` free of the coder).
// The same reading as the coder's participantsOf (src/core/participants.ts): the list when the event has
// one (two or more), else the single field.

export type ParticipantRole = 'actor' | 'target';
const LIST = { actor: 'actors', target: 'targets' } as const;

/** Every participant of a role, the primary first; [] when the role is empty. */
export function eventParticipants(event: Event, role: ParticipantRole): ActorRef[] {
  const list = event[LIST[role]];
  if (list && list.length > 0) return [...list];
  const one = event[role];
  return one ? [one] : [];
}
