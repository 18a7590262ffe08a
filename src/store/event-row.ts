import type { Event } from '../schema/event.ts';
import { casefold, casefoldOrNull } from './casefold.ts';
import type { SqlValue } from './dialect.ts';
import { participantNames } from './participant-rows.ts';

export type ColumnKind = 'int' | 'real' | 'text';

// The flat columns of an `events` row exist only to filter, sort and count; record_json is the Event as
// the coder produced it. Both writers insert these columns in this order.
export const EVENT_COLUMNS: readonly (readonly [name: string, kind: ColumnKind])[] = [
  ['article_id', 'int'], ['ordinal', 'int'], ['type', 'text'], ['cameo', 'text'], ['goldstein', 'real'], ['quad_class', 'int'],
  ['actor_code', 'text'], ['actor_name', 'text'], ['actor_name_folded', 'text'],
  ['target_code', 'text'], ['target_name', 'text'], ['target_name_folded', 'text'],
  ['date_value', 'text'], ['date_precision', 'text'],
  ['location_name', 'text'], ['country', 'text'], ['lat', 'real'], ['lon', 'real'],
  ['certainty', 'text'], ['source_code', 'text'], ['source_name', 'text'], ['source_name_folded', 'text'],
  ['confidence', 'real'], ['record_json', 'text'],
];

/** The folded names an event adds to the `names` table: every participant's, and the source's. */
export function eventNames(event: Event): string[] {
  const source = event.provenance.source === 'outlet' ? null : event.provenance.source;
  return [...participantNames(event), ...(source ? [casefold(source.name)] : [])];
}

export function eventRow(event: Event, articleId: number, ordinal: number): SqlValue[] {
  const { source } = event.provenance;
  // NULL means the outlet itself asserts the event, so "who said it" queries can use IS NULL.
  const speaker = source === 'outlet' ? null : source;
  return [
    articleId, ordinal, event.type, event.cameo, event.goldstein, event.quad_class,
    event.actor?.code ?? null, event.actor?.name ?? null, casefoldOrNull(event.actor?.name),
    event.target?.code ?? null, event.target?.name ?? null, casefoldOrNull(event.target?.name),
    event.date?.value ?? null, event.date?.precision ?? null,
    event.location?.name ?? null, event.location?.country ?? null, event.location?.lat ?? null, event.location?.lon ?? null,
    event.provenance.certainty, speaker?.code ?? null, speaker?.name ?? null, casefoldOrNull(speaker?.name),
    event.confidence, JSON.stringify(event),
  ];
}
