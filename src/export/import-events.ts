import type { Event } from '../schema/event.ts';
import type { SaveItem, Store } from '../store/index.ts';
import { csvRecords, lines, MAX_LINE, tsvRecords } from './delimited.ts';
import { articleOf, type ExportRecord } from './export-record.ts';
import type { ExportFormat } from './format.ts';
import { detectFormat } from './formats.ts';

export interface ImportOptions {
  /** Read from the first line when not given. */
  readonly format?: ExportFormat;
  /** Names the input in messages ("events.csv:12: …"). */
  readonly source: string;
  readonly onError: (message: string) => void;
  readonly batchSize?: number;
}

export interface ImportTally {
  readonly stored: number;
  readonly duplicate: number;
  readonly events: number;
  /** Lines that could not be read, plus articles the store refused. */
  readonly failed: number;
  readonly format: ExportFormat['name'];
}

interface Numbered { readonly line: number; readonly record: ExportRecord }

// An export read back: each run of lines with one doc_id (exports write an article's events together,
// in order) becomes one article, stored with those events and without its text, which no format carries.
export async function importEvents(store: Store, chunks: AsyncIterable<string>, options: ImportOptions): Promise<ImportTally> {
  const { first, replay } = await peekFirstLine(chunks);
  const format = options.format ?? detectFormat(first);
  if (format === null) throw new Error(`${options.source}: not an eventlens export (give --format jsonl|csv|gdelt|polecat)`);
  const tally = { stored: 0, duplicate: 0, events: 0, failed: 0 };
  const batchSize = options.batchSize ?? 500;
  let batch: SaveItem[] = [];
  let current: { record: ExportRecord; events: Event[] } | null = null;

  const flush = async (): Promise<void> => {
    for (const result of await store.saveMany(batch)) {
      if (result.status === 'failed') {
        tally.failed++;
        // Validation errors already name the article; database errors do not.
        const named = result.error.message.startsWith(`article ${result.docId}`);
        options.onError(`${options.source}: ${named ? '' : `article ${result.docId}: `}${result.error.message}`);
      } else {
        tally[result.status]++;
        tally.events += result.events;
      }
    }
    batch = [];
  };
  const close = (): void => {
    if (current === null) return;
    batch.push({ article: articleOf(current.record), events: current.events, meta: metaOf(current.record) });
    current = null;
  };

  let read = 0;
  for await (const item of records(format, replay, options)) {
    read++;
    if ('error' in item) {
      tally.failed++;
      options.onError(item.error);
      continue;
    }
    const { event } = item.record;
    if (current?.record.event.doc_id !== event.doc_id) {
      close();
      if (batch.length >= batchSize) await flush();
      current = { record: item.record, events: [] };
    }
    current.events.push(event);
  }
  close();
  if (batch.length > 0) await flush();
  if (read === 0) {
    // a header alone, or blank lines: nothing imported is said, not passed over
    tally.failed++;
    options.onError(`${options.source}: no event records`);
  }
  return { ...tally, format: format.name };
}

function metaOf(record: ExportRecord): SaveItem['meta'] {
  return record.article === null ? undefined : { ingestedAt: record.article.ingested_at };
}

async function* records(format: ExportFormat, chunks: AsyncIterable<string>, options: ImportOptions): AsyncIterable<Numbered | { error: string }> {
  if (format.kind === 'jsonl') {
    for await (const item of lines(chunks)) {
      if ('tooLong' in item) yield { error: `${options.source}:${item.line}: ${item.tooLong}` };
      else if (item.text.trim() !== '') yield parse(options.source, item.line, item.text, (value) => ({ event: value as Event, article: null }));
    }
    return;
  }
  let column = -1;
  for await (const row of (format.separator === ',' ? csvRecords : tsvRecords)(chunks)) {
    if ('error' in row) {
      yield { error: `${options.source}:${row.line}: ${row.error}` };
      continue;
    }
    const { line, cells } = row;
    if (column === -1) {
      column = cells.indexOf(format.recordColumn);
      if (column === -1) {
        throw new Error(`${options.source}: no ${format.recordColumn} column; only ${format.name} files exported with their record column can be imported`);
      }
      continue;
    }
    if (cells.length === 1 && cells[0] === '') continue;
    yield parse(options.source, line, cells[column] ?? '', (value) => value as ExportRecord);
  }
}

function parse(source: string, line: number, text: string, toRecord: (value: unknown) => ExportRecord): Numbered | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: `${source}:${line}: invalid JSON` };
  }
  const record = toRecord(value);
  // The store validates the event in full; here only what grouping needs: an object with a doc_id.
  if (typeof record?.event !== 'object' || record.event === null || typeof record.event.doc_id !== 'string') {
    return { error: `${source}:${line}: not an event record (no doc_id)` };
  }
  return { line, record };
}

// The first line, read up to MAX_LINE characters (a file without newlines is not held whole to find it).
async function peekFirstLine(chunks: AsyncIterable<string>): Promise<{ first: string; replay: AsyncIterable<string> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const seen: string[] = [];
  let length = 0;
  let newline = -1;
  while (newline === -1 && length <= MAX_LINE) {
    const next = await iterator.next();
    if (next.done === true) break;
    seen.push(next.value);
    newline = next.value.indexOf('\n');
    length += newline === -1 ? next.value.length : newline;
  }
  async function* replay(): AsyncIterable<string> {
    yield* seen;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) yield next.value;
  }
  const head = seen.join('');
  return { first: head.slice(0, Math.min(MAX_LINE, head.indexOf('\n') === -1 ? head.length : head.indexOf('\n'))), replay: replay() };
}
