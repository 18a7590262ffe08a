import { eventParticipants, type ParticipantRole } from '../schema/event-participants.ts';
import type { ActorRef, Event } from '../schema/event.ts';

// Coordinated participants ("Chad and Cameroon deployed forces": one event, two actors) in one cell, as
// POLECAT lists several actors of an event: every participant of the role in text order, the primary first,
// joined with ';'. A participant without the value leaves its place empty ("TCD;;CMR") so lists of one
// event line up; no value at all is an empty cell.
export const LIST_SEPARATOR = ';';

export function joinedParticipants(event: Event, role: ParticipantRole, pick: (p: ActorRef) => string | null | undefined): string | null {
  const values = eventParticipants(event, role).map((p) => pick(p) ?? '');
  return values.some((v) => v !== '') ? values.join(LIST_SEPARATOR) : null;
}
