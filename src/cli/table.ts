import type { Event } from '../schema/event.ts';
import { fitTable, type FitColumn } from './fit-table.ts';

const who = (a: Event['actor']) => (a ? (a.code && a.code !== a.name ? `${a.name} (${a.code})` : a.name) : '—');

const COLUMNS: readonly FitColumn[] = [
  { header: 'TYPE' },
  { header: 'ACTOR → TARGET', min: 14, max: 48 },
  { header: 'DATE', min: 10 },
  { header: 'PLACE', min: 8, max: 32, drop: 2 },
  { header: 'ASSERTED BY', min: 8, max: 24, drop: 1 },
  { header: 'CERTAINTY', min: 9 },
];

// The id is the report key `doc_id#ordinal` that `eventlens incident ID --explain` takes. It gives way
// last: a cut id cannot be pasted.
const ID: FitColumn = { header: 'ID', min: 12, keep: true };

/** A table of events for humans, `width` characters at most; JSON is for machines. `ids`: one per event. */
export function formatEventTable(events: readonly Event[], options: { width?: number; ids?: readonly string[] } = {}): string {
  const rows = events.map((e, n) => [
    ...(options.ids ? [options.ids[n]] : []),
    e.type,
    `${who(e.actor)} → ${who(e.target)}`,
    e.date ? `${e.date.value}${e.date.precision === 'day' ? '' : ` (${e.date.precision})`}` : '—',
    e.location ? e.location.name : '—',
    typeof e.provenance.source === 'string' ? 'outlet' : e.provenance.source.name,
    e.provenance.certainty,
  ]);
  return fitTable(options.ids ? [ID, ...COLUMNS] : COLUMNS, rows, options.width ?? Infinity);
}
