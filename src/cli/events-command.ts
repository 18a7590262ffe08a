import { eventsCsv } from '../export/csv-format.ts';
import type { Event } from '../schema/event.ts';
import { openStore, type Store } from '../store/index.ts';
import { terminalWidth } from './fit-table.ts';
import { filterFromOptions, sortOption, wholeNumber, type FilterOptions } from './filter-options.ts';
import type { ExitCode, Io } from './io.ts';
import { outputFormat } from './output-format.ts';
import { formatEventTable } from './table.ts';

export interface EventsOptions extends FilterOptions {
  readonly sort?: string;
  readonly limit?: string;
  readonly offset?: string;
  readonly format?: string;
  readonly json?: boolean;
  readonly jsonl?: boolean;
  readonly csv?: boolean;
}

/** `eventlens events`: one page of the stored events that match, as a table, JSON, JSON Lines or CSV. */
export async function eventsCommand(io: Io, opts: EventsOptions): Promise<ExitCode> {
  const format = outputFormat(opts);
  const filter = filterFromOptions(opts, {
    sort: sortOption(opts.sort),
    limit: wholeNumber('--limit', opts.limit),
    offset: wholeNumber('--offset', opts.offset),
  });
  const store = await openStore(opts.db, { mustExist: true });
  try {
    const [events, total] = await Promise.all([store.queryEvents(filter), store.countEvents(filter)]);
    if (format === 'jsonl') for (const e of events) io.out(JSON.stringify(e));
    else if (format === 'json') io.out(JSON.stringify({ total, offset: filter.offset ?? 0, events }, null, 2));
    else if (format === 'csv') for (const line of eventsCsv(events)) io.out(line);
    else {
      io.out(formatEventTable(events, { width: terminalWidth(), ids: await reportKeys(store, events) }));
      const shown = events.length === total ? `${total} events` : `${events.length} of ${total} events (--limit and --offset page through them)`;
      io.out(shown);
    }
  } finally {
    await store.close();
  }
  return 0;
}

/** Each event's report key `doc_id#ordinal` (its position among its article's stored events). */
async function reportKeys(store: Store, events: readonly Event[]): Promise<string[]> {
  const stored = new Map<string, string[]>();
  for (const docId of new Set(events.map((e) => e.doc_id))) {
    stored.set(docId, ((await store.getArticle(docId))?.events ?? []).map((e) => JSON.stringify(e)));
  }
  return events.map((e) => `${e.doc_id}#${Math.max(0, stored.get(e.doc_id)!.indexOf(JSON.stringify(e)))}`);
}
