import type { EventsOptions } from './events-command.ts';
import { createWriteStream } from 'node:fs';
import { exportEvents, formatNamed, type ExportFormat } from '../export/index.ts';
import { figureText, type Incident } from '../incidents/index.ts';
import { displayUrl, openStore, type Store } from '../store/index.ts';
import { incidentStats, matchIncidents, pageOf, sortIncidents } from '../store/incidents-query.ts';
import type { IncidentIndex } from '../store/incidents-index.ts';
import { withIncidentIndex } from '../store/open-incidents.ts';
import { INCIDENT_CSV_HEADER, incidentCsvLine, withIncidentColumns } from '../export/incident-csv.ts';
import { filterFromOptions, sortOption, wholeNumber, type FilterOptions } from './filter-options.ts';
import { UsageError, type ExitCode, type Io } from './io.ts';
import { unitOf, type Unit } from './unit-option.ts';
import { outputFormat } from './output-format.ts';
import { plainTable } from './plain-table.ts';
import { CasualtyTally } from './stats-casualties.ts';
import { printStats } from './stats-command.ts';

// `--unit incident|report` for events, stats and export (unit-option.ts loads this file only for them).
// `--unit incident` counts and lists incidents (an incident matches when one of its reports does);
// `export --unit report` is the report export with incident_id, geo_precision and centroid columns.

type Command<O> = (io: Io, opts: O) => Promise<ExitCode>;

interface UnitOptions extends EventsOptions {
  readonly unit?: string;
}

export function eventsByUnit<O extends UnitOptions>(io: Io, opts: O, reports: Command<O>): Promise<ExitCode> {
  return unitOf(opts.unit) === 'incident' ? incidentsCommand(io, opts) : reports(io, opts);
}

export function statsByUnit<O extends UnitOptions & { readonly period: string; readonly by: string }>(io: Io, opts: O, reports: Command<O>): Promise<ExitCode> {
  return unitOf(opts.unit) === 'incident' ? incidentStatsCommand(io, opts) : reports(io, opts);
}

export function exportByUnit<O extends FilterOptions & { readonly unit?: string; readonly format: string; readonly out?: string; readonly record: boolean }>(
  io: Io, opts: O, reports: Command<O>): Promise<ExitCode> {
  const unit = unitOf(opts.unit);
  return unit === undefined ? reports(io, opts) : unitExportCommand(io, opts, unit);
}

async function incidentsCommand(io: Io, opts: UnitOptions): Promise<ExitCode> {
  const format = outputFormat(opts);
  const filter = filterFromOptions(opts, { limit: wholeNumber('--limit', opts.limit), offset: wholeNumber('--offset', opts.offset) });
  const sort = sortOption(opts.sort);
  await withStoreIncidents(opts.db, async (store, index) => {
    const { summaries, unlinked } = await matchIncidents(store, index, filter);
    const page = pageOf(sortIncidents(summaries, sort), filter);
    const byId = new Map((await index.incidents(page.map((s) => s.id))).map((i) => [i.id, i]));
    const incidents = page.map((s) => byId.get(s.id)!);
    if (format === 'jsonl') for (const i of incidents) io.out(JSON.stringify(i));
    else if (format === 'json') io.out(JSON.stringify({ total: summaries.length, offset: filter.offset ?? 0, incidents }, null, 2));
    else if (format === 'csv') [INCIDENT_CSV_HEADER, ...incidents.map(incidentCsvLine)].forEach((l) => io.out(l));
    else {
      io.out(incidentTable(incidents));
      const shown = incidents.length === summaries.length ? `${summaries.length} incidents` : `${incidents.length} of ${summaries.length} incidents (--limit and --offset page through them)`;
      io.out(`${shown}; \`eventlens incident ID --explain\` shows one`);
    }
    if (unlinked > 0) io.err(`${unlinked} matching events are in no incident yet: run \`eventlens link-incidents --db ${opts.db}\``);
  });
  return 0;
}

async function incidentStatsCommand(io: Io, opts: UnitOptions & { readonly period: string; readonly by: string }): Promise<ExitCode> {
  const format = outputFormat(opts);
  const period = oneOf('--period', opts.period, ['day', 'week', 'month'] as const);
  const by = oneOf('--by', opts.by, ['type', 'dyad', 'none'] as const);
  const filter = filterFromOptions(opts);
  await withStoreIncidents(opts.db, async (store, index) => {
    const { summaries } = await matchIncidents(store, index, filter);
    const tally = new CasualtyTally({ period, by });
    for (const ids of chunks(summaries.map((s) => s.id), 500)) for (const incident of await index.incidents(ids)) tally.addIncident(incident);
    printStats(io, tally.rows(incidentStats(summaries, { period, by })), { format, by, unit: 'incidents', db: opts.db });
  });
  return 0;
}

async function unitExportCommand(io: Io, opts: FilterOptions & { readonly format: string; readonly out?: string; readonly record: boolean }, unit: Unit): Promise<ExitCode> {
  const format = exportFormat(opts.format, unit);
  const filter = filterFromOptions(opts);
  const sink = opts.out === undefined ? process.stdout : createWriteStream(opts.out);
  const write = (text: string) => new Promise<void>((resolve, reject) => (sink.write(text, (e) => (e ? reject(e) : resolve()))));
  await withStoreIncidents(opts.db, async (store, index) => {
    let count = 0;
    if (unit === 'incident') {
      const { summaries } = await matchIncidents(store, index, filter);
      if (format.kind === 'delimited') await write(`${INCIDENT_CSV_HEADER}\n`);
      for (const page of chunks(sortIncidents(summaries).map((s) => s.id), 500)) {
        const byId = new Map((await index.incidents(page)).map((i) => [i.id, i]));
        const lines = page.map((id) => byId.get(id)!).map((i) => (format.kind === 'jsonl' ? JSON.stringify(i) : incidentCsvLine(i)));
        await write(`${lines.join('\n')}\n`);
        count += page.length;
      }
    } else {
      const ids = await index.incidentIdsOf();
      const incidentOf = (docId: string, ordinal: number) => ids.get(`${docId}#${ordinal}`) ?? null;
      count = format.kind === 'jsonl'
        ? await jsonlReports(store, filter, incidentOf, write)
        : await exportEvents(store, withIncidentColumns(format, incidentOf), write, { filter, record: opts.record });
    }
    if (sink !== process.stdout) await new Promise<void>((resolve, reject) => sink.end((e?: Error | null) => (e ? reject(e) : resolve())));
    io.err(`${count} ${unit === 'incident' ? 'incidents' : 'events'} exported as ${format.name} from ${displayUrl(opts.db)}${opts.out === undefined ? '' : ` → ${opts.out}`}`);
  });
  return 0;
}

// The event record with its incident id: import reads it back (the extra field is dropped).
async function jsonlReports(store: Store, filter: ReturnType<typeof filterFromOptions>, incidentOf: (docId: string, ordinal: number) => string | null,
  write: (text: string) => Promise<void>): Promise<number> {
  if (store.scanEvents === undefined) throw new Error(`this ${store.backend} store cannot list events for export`);
  let buffer = '';
  let count = 0;
  for await (const row of store.scanEvents(filter)) {
    buffer += `${JSON.stringify({ ...row.event, incident_id: incidentOf(row.event.doc_id, row.ordinal) })}\n`;
    count++;
    if (buffer.length >= 1 << 16) {
      await write(buffer);
      buffer = '';
    }
  }
  if (buffer !== '') await write(buffer);
  return count;
}

function exportFormat(name: string, unit: Unit): ExportFormat {
  let format: ExportFormat;
  try {
    format = formatNamed(name);
  } catch (error) {
    throw new UsageError(`--format: ${(error as Error).message}`);
  }
  if (unit === 'incident' && format.name !== 'jsonl' && format.name !== 'csv') throw new UsageError(`--unit incident exports jsonl or csv, not ${format.name}`);
  return format;
}

async function withStoreIncidents(db: string, fn: (store: Store, index: IncidentIndex) => Promise<void>): Promise<void> {
  const store = await openStore(db, { mustExist: true });
  try {
    await withIncidentIndex(store, (index) => fn(store, index));
  } finally {
    await store.close();
  }
}

export function incidentTable(incidents: readonly Incident[]): string {
  return plainTable(['INCIDENT', 'DATE', 'TYPE', 'ACTOR → TARGET', 'PLACE', 'KILLED', 'REPORTS', 'SOURCES', 'CERTAINTY'], incidents.map((i) => [
    i.id,
    i.date === null ? '—' : `${i.date.value}${i.date.precision === 'day' ? '' : ` (${i.date.precision})`}`,
    i.type,
    cut(`${i.actor?.name ?? '—'} → ${i.target?.name ?? '—'}`, 40),
    i.location === null ? '—' : cut(`${i.location.name}${i.location.centroid ? ' (centroid)' : ''}`, 32),
    i.numbers.killed === undefined ? '' : figureText(i.numbers.killed),
    i.num_reports,
    i.num_sources,
    i.certainty,
  ]));
}

function cut(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw new UsageError(`${name} must be one of ${allowed.join(', ')}, not '${value}'`);
  return found;
}

function* chunks<T>(items: readonly T[], size: number): Iterable<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

