import type { EventFilter, ScannedEvent, Store } from '../store/index.ts';
import { csvCell, tsvCell } from './delimited.ts';
import { stableEventId } from './event-id.ts';
import type { ExportFormat } from './format.ts';

export interface ExportOptions {
  /** Which events; paging and order are ignored: an export is every match, in stored order. */
  readonly filter?: EventFilter;
  /** false: leave out the full-record column (smaller, but the file can no longer be imported). */
  readonly record?: boolean;
}

const FLUSH_AT = 1 << 16;

// Streams the export through `write` in chunks of about 64 KB, awaiting each (so a slow pipe holds the
// scan back instead of filling memory). Returns the number of events written.
export async function exportEvents(store: Store, format: ExportFormat, write: (text: string) => void | Promise<void>,
  options: ExportOptions = {}): Promise<number> {
  if (store.scanEvents === undefined) throw new Error(`this ${store.backend} store cannot list events for export`);
  const line = lineWriter(format, options.record !== false);
  let buffer = line.header === null ? '' : `${line.header}\n`;
  let count = 0;
  for await (const row of store.scanEvents(options.filter)) {
    buffer += `${line.row(row)}\n`;
    count++;
    if (buffer.length >= FLUSH_AT) {
      await write(buffer);
      buffer = '';
    }
  }
  if (buffer !== '') await write(buffer);
  return count;
}

function lineWriter(format: ExportFormat, record: boolean): { header: string | null; row: (row: ScannedEvent) => string } {
  if (format.kind === 'jsonl') return { header: null, row: (row) => JSON.stringify(row.event) };
  const columns = format.columns.filter((c) => record || c.name !== format.recordColumn);
  const cell = format.separator === ',' ? csvCell : tsvCell;
  return {
    header: columns.map((c) => c.name).join(format.separator),
    row: (row) => {
      const id = stableEventId(row.event.doc_id, row.ordinal);
      return columns.map((c) => cell(c.value(row, id))).join(format.separator);
    },
  };
}
