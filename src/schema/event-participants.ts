import type { ActorRef, Event } from './event.ts';

// Every reader of an event's participants (the coder's participantsOf, the store, exports, CLI tables) takes
// them from here: the list when the event has one (two or more), else the single field. It lives with the
// schema so that the store's readers do not load src/core (the start-up test keeps `eventlens events` free
// of the coder).

export type ParticipantRole = 'actor' | 'target';
const LIST = { actor: 'actors', target: 'targets' } as const;

/** Every participant of a role, the primary first; [] when the role is empty. */
export function eventParticipants(event: Event, role: ParticipantRole): ActorRef[] {
  const list = event[LIST[role]];
  if (list && list.length > 0) return [...list];
  const one = event[role];
  return one ? [one] : [];
}
