import type { Event } from '../schema/event.ts';

// The column values of one `events` row, in the order of INSERT_EVENT_SQL.
export type EventRow = readonly [
  articleId: number, ordinal: number, type: string, cameo: string, goldstein: number, quadClass: number,
  actorCode: string | null, actorName: string | null, targetCode: string | null, targetName: string | null,
  dateValue: string | null, datePrecision: string | null,
  locationName: string | null, country: string | null, lat: number | null, lon: number | null,
  certainty: string, sourceName: string | null, confidence: number, recordJson: string,
];

export const INSERT_EVENT_SQL = `INSERT INTO events (
  article_id, ordinal, type, cameo, goldstein, quad_class,
  actor_code, actor_name, target_code, target_name,
  date_value, date_precision,
  location_name, country, lat, lon,
  certainty, source_name, confidence, record_json
) VALUES (${Array(20).fill('?').join(', ')})`;

export function eventRow(event: Event, articleId: number, ordinal: number): EventRow {
  const { source } = event.provenance;
  return [
    articleId, ordinal, event.type, event.cameo, event.goldstein, event.quad_class,
    event.actor?.code ?? null, event.actor?.name ?? null, event.target?.code ?? null, event.target?.name ?? null,
    event.date?.value ?? null, event.date?.precision ?? null,
    event.location?.name ?? null, event.location?.country ?? null, event.location?.lat ?? null, event.location?.lon ?? null,
    // NULL means the outlet itself asserts the event, so "who said it" queries can use IS NULL.
    event.provenance.certainty, source === 'outlet' ? null : source.name, event.confidence,
    JSON.stringify(event),
  ];
}
