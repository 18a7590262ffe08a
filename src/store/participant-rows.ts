import { eventParticipants, type ParticipantRole } from '../schema/event-participants.ts';
import type { Event } from '../schema/event.ts';
import { casefold } from './casefold.ts';
import type { SqlValue } from './dialect.ts';
import type { ColumnKind } from './event-row.ts';

// Every participant of an event is a row of `participants`: "Chad and Cameroon deployed forces" is one
// event with two actor rows (positions 0 and 1), so a filter on Cameroon finds it. Position 0 is the
// primary participant, the one in the event's flat actor/target columns.

export const PARTICIPANT_ROLES: readonly ParticipantRole[] = ['actor', 'target'];

/** The columns after the event's key, in the order participantRows gives them. */
export const PARTICIPANT_COLUMNS: readonly (readonly [name: string, kind: ColumnKind])[] = [
  ['role', 'text'], ['position', 'int'], ['code', 'text'], ['name', 'text'], ['name_folded', 'text'], ['text', 'text'],
  ['basis', 'text'], ['span_start', 'int'], ['span_end', 'int'],
];

/** One row per participant: the values of PARTICIPANT_COLUMNS, to follow the event's id (or its key). */
export function participantRows(event: Event): SqlValue[][] {
  return PARTICIPANT_ROLES.flatMap((role) => eventParticipants(event, role).map((p, position): SqlValue[] => [
    role, position, p.code, p.name, casefold(p.name), p.text, p.basis ?? null, p.span[0], p.span[1],
  ]));
}

/** The folded names of every participant (for the `names` table). */
export function participantNames(event: Event): string[] {
  return PARTICIPANT_ROLES.flatMap((role) => eventParticipants(event, role).map((p) => casefold(p.name)));
}
