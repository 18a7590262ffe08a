import { stableEventId } from '../export/event-id.ts';
import { ADJACENT_DAYS, compareKeys, outletOf, reportKey, type Incident } from '../incidents/index.ts';
import type { Event } from '../schema/event.ts';
import type { SqlValue } from './dialect.ts';
import type { IncidentChange, IncidentIndex, IncidentRow, IncidentStage, IncidentSummary, ReportRow, StoredReport } from './incidents-index.ts';

// The incident index over any SQL backend: reads are shared SQL with `?` placeholders; the commit is
// each backend's own (SQLite: one synchronous transaction; PostgreSQL: a locked transaction).

export interface IncidentReader {
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** Row by row, where the backend can: a rebuild then never holds every raw row and every parsed one at once. */
  each?<T>(sql: string, params: readonly SqlValue[], visit: (row: T) => void): Promise<void>;
}

export interface IncidentWriter {
  commit(expected: number, change: IncidentChange): Promise<boolean>;
  stage(): Promise<IncidentStage>;
}

/** A date span longer than this (a year) is looked up by its own index range. */
export const LONG_SPAN_DAYS = 31;
const CHUNK = 500;
/** Rows per page of a scan where the backend cannot hand rows over one by one (PostgreSQL). */
const SCAN_PAGE = 500;

const REPORT_SELECT = `SELECT e.id, e.article_id, e.ordinal, e.record_json, a.doc_id, a.url, a.source_path, a.published, a.ingested_at, r.incident_id
  FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN incident_reports r ON r.event_id = e.id`;

interface ReportSqlRow {
  id: number; article_id: number; ordinal: number; record_json: string; doc_id: string; url: string | null; source_path: string | null;
  published: string | null; ingested_at: string; incident_id: string | null;
}

export function sqlIncidentIndex(reader: IncidentReader, writer: IncidentWriter, close: () => Promise<void>): IncidentIndex {
  const reports = async (where: string, params: readonly SqlValue[]) =>
    (await reader.all<ReportSqlRow>(`${REPORT_SELECT} ${where}`, params)).map(storedReport);
  const chunked = async <T, V extends SqlValue>(values: readonly V[], run: (chunk: readonly V[], marks: string) => Promise<T[]>): Promise<T[]> => {
    const out: T[] = [];
    for (let i = 0; i < values.length; i += CHUNK) {
      const chunk = values.slice(i, i + CHUNK);
      out.push(...await run(chunk, chunk.map(() => '?').join(', ')));
    }
    return out;
  };
  const records = (rows: readonly { record_json: string }[]) => rows.map((r) => JSON.parse(r.record_json) as Incident);

  return {
    async version() {
      const [row] = await reader.all<{ version: number }>('SELECT version FROM incident_state WHERE id = 1');
      return Number(row?.version ?? 0);
    },
    reportsOfArticles: (docIds) => chunked(docIds, (chunk, marks) => reports(`WHERE a.doc_id IN (${marks}) ORDER BY e.article_id, e.ordinal`, chunk)),
    async candidates(type, country, start, end) {
      // short spans start at most LONG_SPAN_DAYS before ours; long ones (a year) up to 366 days before;
      // a day next to ours may be the same event (ADJACENT_DAYS)
      const where = `WHERE r.type = ? AND r.country = ? AND r.long_span = ? AND r.day_start BETWEEN ? AND ? AND r.day_end >= ?`;
      return [
        ...await reports(where, [type, country, 0, start - LONG_SPAN_DAYS - ADJACENT_DAYS, end + ADJACENT_DAYS, start - ADJACENT_DAYS]),
        ...await reports(where, [type, country, 1, start - 366, end + ADJACENT_DAYS, start - ADJACENT_DAYS]),
      ];
    },
    reportsOfIncidents: (ids) => chunked(ids, (chunk, marks) => reports(`WHERE r.incident_id IN (${marks})`, chunk)),
    async allReports(type) {
      const sql = `${REPORT_SELECT} ${type === undefined ? '' : 'WHERE e.type = ?'} ORDER BY e.article_id, e.ordinal`;
      const params = type === undefined ? [] : [type];
      if (reader.each === undefined) return (await reader.all<ReportSqlRow>(sql, params)).map(storedReport);
      const out: StoredReport[] = [];
      await reader.each<ReportSqlRow>(sql, params, (row) => out.push(storedReport(row)));
      return out;
    },
    async scanReports(type, visit) {
      const sql = `${REPORT_SELECT} WHERE e.type = ?`;
      const order = 'ORDER BY e.article_id, e.ordinal';
      const read = rowReader();
      if (reader.each !== undefined) return reader.each<ReportSqlRow>(`${sql} ${order}`, [type], (row) => visit(read(row)));
      // keyset pages: a page is held, never the type's rows
      for (let article = -1, ordinal = -1; ;) {
        const rows = await reader.all<ReportSqlRow>(`${sql} AND (e.article_id > ? OR (e.article_id = ? AND e.ordinal > ?)) ${order} LIMIT ${SCAN_PAGE}`, [type, article, article, ordinal]);
        for (const row of rows) visit(read(row));
        if (rows.length < SCAN_PAGE) return;
        article = Number(rows.at(-1)!.article_id);
        ordinal = Number(rows.at(-1)!.ordinal);
      }
    },
    reportsOfRows: (rowIds) => chunked(rowIds, (chunk, marks) => reports(`WHERE e.id IN (${marks}) ORDER BY e.article_id, e.ordinal`, chunk)),
    stage: () => writer.stage(),
    async eventTypes() {
      const rows = await reader.all<{ type: string }>('SELECT DISTINCT type FROM events');
      return rows.map((r) => r.type).sort(compareKeys);
    },
    async unlinkedArticles(after, limit) {
      const rows = await reader.all<{ id: number; doc_id: string }>(
        `SELECT a.id, a.doc_id FROM articles a WHERE a.id > ? AND EXISTS (SELECT 1 FROM events e LEFT JOIN incident_reports r
           ON r.event_id = e.id WHERE e.article_id = a.id AND r.event_id IS NULL) ORDER BY a.id LIMIT ?`, [after, limit]);
      return { docIds: rows.map((r) => r.doc_id), last: Number(rows.at(-1)?.id ?? after) };
    },
    async countUnlinked() {
      const [row] = await reader.all<{ n: number }>(
        'SELECT count(*) AS n FROM events e LEFT JOIN incident_reports r ON r.event_id = e.id WHERE r.event_id IS NULL');
      return Number(row?.n ?? 0);
    },
    commit: (expected, change) => writer.commit(expected, change),
    async incident(id) {
      return records(await reader.all<{ record_json: string }>('SELECT record_json FROM incidents WHERE id = ?', [id]))[0] ?? null;
    },
    incidents: (ids) => chunked(ids, async (chunk, marks) => records(await reader.all(`SELECT record_json FROM incidents WHERE id IN (${marks})`, chunk))),
    summaries: async (ids) => (ids === undefined
      ? await reader.all<SummaryRow>(`SELECT ${SUMMARY} FROM incidents`)
      : await chunked(ids, (chunk, marks) => reader.all<SummaryRow>(`SELECT ${SUMMARY} FROM incidents WHERE id IN (${marks})`, chunk))).map(summaryOf),
    async incidentIdsOf(keys) {
      const rows = keys === undefined
        ? await reader.all<{ report_key: string; incident_id: string }>('SELECT report_key, incident_id FROM incident_reports')
        : await chunked(keys, (chunk, marks) => reader.all<{ report_key: string; incident_id: string }>(
          `SELECT report_key, incident_id FROM incident_reports WHERE report_key IN (${marks})`, chunk));
      return new Map(rows.map((r) => [r.report_key, r.incident_id]));
    },
    close,
  };
}

const SUMMARY = 'id, type, goldstein, confidence, date_value, date_precision, actor_code, actor_name, target_code, target_name';
interface SummaryRow {
  id: string; type: string; goldstein: number; confidence: number; date_value: string | null; date_precision: string | null;
  actor_code: string | null; actor_name: string | null; target_code: string | null; target_name: string | null;
}

function summaryOf(r: SummaryRow): IncidentSummary {
  return {
    id: r.id, type: r.type, goldstein: Number(r.goldstein), confidence: Number(r.confidence), date: r.date_value, precision: r.date_precision,
    actor: r.actor_code ?? r.actor_name, target: r.target_code ?? r.target_name,
  };
}

// Stored records were validated when saved; parsing them again with zod would double a rebuild's time.
function storedReport(row: ReportSqlRow): StoredReport {
  return rowReader()(row);
}

// A scan reads an article's events one after another: its doc_id, outlet and dates are read once and
// shared by them (one string each, not one per event, in what the rebuild keeps).
function rowReader(): (row: ReportSqlRow) => StoredReport {
  let last: { id: number; docId: string; outlet: string; reportedAt: string } | null = null;
  return (row) => {
    const article = Number(row.article_id);
    if (last === null || last.id !== article) {
      last = { id: article, docId: row.doc_id, outlet: outletOf({ docId: row.doc_id, url: row.url, sourcePath: row.source_path }), reportedAt: row.published ?? row.ingested_at };
    }
    const event = JSON.parse(row.record_json) as Event;
    const ordinal = Number(row.ordinal);
    return {
      rowId: Number(row.id),
      key: reportKey(last.docId, ordinal),
      eventId: stableEventId(last.docId, ordinal),
      event,
      outlet: last.outlet,
      reportedAt: last.reportedAt,
      incidentId: row.incident_id,
    };
  };
}

export const INCIDENT_COLUMNS = [
  'id', 'type', 'cameo', 'goldstein', 'date_value', 'date_precision', 'date_start', 'date_end', 'actor_code', 'actor_name',
  'target_code', 'target_name', 'location_name', 'country', 'lat', 'lon', 'geo_precision', 'centroid', 'certainty', 'killed',
  'injured', 'arrested', 'size', 'num_reports', 'num_sources', 'first_report', 'last_report', 'confidence', 'record_json',
] as const;

export function incidentValues(i: Incident | IncidentRow): SqlValue[] {
  if ('values' in i) return i.values;
  const l = i.location;
  return [
    i.id, i.type, i.cameo, i.goldstein, i.date?.value ?? null, i.date?.precision ?? null, i.date?.start ?? null, i.date?.end ?? null,
    i.actor?.code ?? null, i.actor?.name ?? null, i.target?.code ?? null, i.target?.name ?? null, l?.name ?? null,
    l?.country ?? null, l?.lat ?? null, l?.lon ?? null, l?.geo_precision ?? null, l !== null && l.centroid ? 1 : 0, i.certainty,
    i.numbers.killed?.value ?? null, i.numbers.injured?.value ?? null, i.numbers.arrested?.value ?? null, i.numbers.size?.value ?? null,
    i.num_reports, i.num_sources, i.first_report, i.last_report, i.confidence, JSON.stringify(i),
  ];
}

/** The row an incident is written as, made now so the record's objects can go (IncidentChange). */
export function incidentRow(i: Incident): IncidentRow {
  return { id: i.id, values: incidentValues(i) };
}

export const REPORT_COLUMNS = ['event_id', 'incident_id', 'report_key', 'type', 'country', 'day_start', 'day_end', 'long_span'] as const;

export function reportValues(incidentId: string, r: ReportRow): SqlValue[] {
  const long = r.dayStart !== null && r.dayEnd !== null && r.dayEnd - r.dayStart >= LONG_SPAN_DAYS ? 1 : 0;
  return [r.rowId, incidentId, r.key, r.type, r.country, r.dayStart, r.dayEnd, long];
}

/** The ids whose rows a change deletes before writing. */
export function replacedIds(change: IncidentChange): string[] {
  return [...new Set([...change.remove, ...change.write.map((w) => w.incident.id)])];
}
