import type { Event } from '../schema/event.ts';
import { csvCell } from './delimited.ts';
import { recordOf } from './export-record.ts';
import { joinedParticipants } from './participant-lists.ts';
import type { Column, ExportFormat } from './format.ts';

// The columns that need nothing but the Event: `eventlens events --csv` prints these.
const EVENT_COLUMNS: readonly Column[] = [
  { name: 'doc_id', value: ({ event }) => event.doc_id },
  { name: 'date', value: ({ event }) => event.date?.value },
  { name: 'date_precision', value: ({ event }) => event.date?.precision },
  { name: 'type', value: ({ event }) => event.type },
  { name: 'cameo', value: ({ event }) => event.cameo },
  { name: 'goldstein', value: ({ event }) => event.goldstein },
  { name: 'quad_class', value: ({ event }) => event.quad_class },
  { name: 'actor_code', value: ({ event }) => event.actor?.code },
  { name: 'actor_name', value: ({ event }) => event.actor?.name },
  { name: 'target_code', value: ({ event }) => event.target?.code },
  { name: 'target_name', value: ({ event }) => event.target?.name },
  { name: 'location', value: ({ event }) => event.location?.name },
  { name: 'country', value: ({ event }) => event.location?.country },
  { name: 'lat', value: ({ event }) => event.location?.lat },
  { name: 'lon', value: ({ event }) => event.location?.lon },
  { name: 'certainty', value: ({ event }) => event.provenance.certainty },
  { name: 'source', value: ({ event }) => (event.provenance.source === 'outlet' ? 'outlet' : event.provenance.source.name) },
  { name: 'source_code', value: ({ event }) => (event.provenance.source === 'outlet' ? null : event.provenance.source.code) },
  { name: 'reporting_verb', value: ({ event }) => event.provenance.reporting_verb },
  { name: 'confidence', value: ({ event }) => event.confidence },
  // Casualty and crowd figures as reported: the lower bound, the upper (empty when open-ended or the
  // same), and the hedge ("at least 12" → 12, , at_least). The spans are in the record column.
  ...figureColumns('killed', 'killed'),
  ...figureColumns('injured', 'injured'),
  ...figureColumns('arrested', 'arrested'),
  ...figureColumns('crowd_size', 'size'),
  { name: 'sentence', value: ({ event }) => event.evidence.sentence },
];

// Every participant ("TCD;CMR" for "Chad and Cameroon deployed"), each its code or else its name, as
// `eventlens stats --by dyad` keys them; actor_code… hold the primary one. Added after the existing
// columns (before `record`), so files read by position keep their columns where they were.
const PARTICIPANT_LIST_COLUMNS: readonly Column[] = [
  { name: 'actors', value: ({ event }) => joinedParticipants(event, 'actor', (p) => p.code ?? p.name) },
  { name: 'targets', value: ({ event }) => joinedParticipants(event, 'target', (p) => p.code ?? p.name) },
];

function figureColumns(name: string, kind: keyof NonNullable<Event['numbers']>): Column[] {
  return [
    { name, value: ({ event }) => event.numbers?.[kind]?.min },
    { name: `${name}_max`, value: ({ event }) => { const f = event.numbers?.[kind]; return f && f.max !== f.min ? f.max : undefined; } },
    { name: `${name}_hedge`, value: ({ event }) => event.numbers?.[kind]?.hedge },
  ];
}

// Plain CSV for spreadsheets and pandas: one event per row, the fields analysts filter on, and the full
// record last.
export const CSV_FORMAT: ExportFormat = {
  kind: 'delimited',
  name: 'csv',
  separator: ',',
  recordColumn: 'record',
  columns: [
    { name: 'event_id', value: (_, id) => id },
    ...EVENT_COLUMNS,
    { name: 'published', value: ({ article }) => article.published },
    { name: 'title', value: ({ article }) => article.title },
    { name: 'url', value: ({ article }) => article.url },
    ...PARTICIPANT_LIST_COLUMNS,
    { name: 'record', value: (row) => JSON.stringify(recordOf(row)) },
  ],
};

/** Query results as CSV lines, header first. */
export function eventsCsv(events: readonly Event[]): string[] {
  const noArticle = { title: null, published: null, url: null, ingestedAt: '' };
  const columns = [...EVENT_COLUMNS, ...PARTICIPANT_LIST_COLUMNS];
  return [
    columns.map((c) => c.name).join(','),
    ...events.map((event) => columns.map((c) => csvCell(c.value({ event, ordinal: 0, article: noArticle }, 0))).join(',')),
  ];
}
