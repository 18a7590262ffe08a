import type { Incident, Report } from '../incidents/index.ts';
import type { SqlValue } from './dialect.ts';

// The incidents side of a store: what the linker and the incident commands read and write. Opened on
// a Store (openIncidentIndex) and closed after use; the tables come with the store's migrations.

/** A stored event as a linker report, with its row and its incident if it is linked. */
export interface StoredReport extends Report {
  readonly rowId: number;
  readonly incidentId: string | null;
}

/** An incident as its stored columns (incidentValues in incidents-sql.ts), record_json last. */
export interface IncidentRow {
  readonly id: string;
  readonly values: SqlValue[];
}

/** A report row: which incident, and the blocking columns the candidate lookup uses. */
export interface ReportRow {
  readonly rowId: number;
  readonly key: string;
  readonly type: string;
  readonly country: string;
  readonly dayStart: number | null;
  readonly dayEnd: number | null;
}

export interface IncidentChange {
  /** Incidents that no longer exist (merged into another, or rebuilt); their report rows go too. */
  readonly remove: readonly string[];
  /**
   * Incidents written whole (replacing a row with the same id), with every report they hold. An incident
   * may come as its row already (incidentRow), made when it was reconciled so the record's objects can go.
   */
  readonly write: readonly { readonly incident: Incident | IncidentRow; readonly reports: readonly ReportRow[] }[];
}

/**
 * A rebuild's incidents written as they are made, into a temporary table of the index's own connection,
 * and put in place by one commit: a rebuild then holds no more incidents than one part's.
 */
export interface IncidentStage {
  add(write: IncidentChange['write']): Promise<void>;
  /** Replaces every stored incident with the staged ones if the version is still `expected`; false if another linker committed first. */
  commit(expected: number): Promise<boolean>;
  /** Drops the staged rows (after a commit too). */
  discard(): Promise<void>;
}

/** The flat columns of an incident: enough to filter, sort, page and count without the record. */
export interface IncidentSummary {
  readonly id: string;
  readonly type: string;
  readonly goldstein: number;
  readonly confidence: number;
  readonly date: string | null;
  readonly precision: string | null;
  /** Code, else name. */
  readonly actor: string | null;
  readonly target: string | null;
}

export interface IncidentIndex {
  /** Counter bumped by every commit: a linker reads it first and commits only if it has not moved. */
  version(): Promise<number>;
  /** Every event of these articles (doc_ids), in stored order. */
  reportsOfArticles(docIds: readonly string[]): Promise<StoredReport[]>;
  /** Linked reports of this type and country whose date span overlaps [start, end] (days). */
  candidates(type: string, country: string, start: number, end: number): Promise<StoredReport[]>;
  reportsOfIncidents(ids: readonly string[]): Promise<StoredReport[]>;
  /** Every stored event (of this PLOVER type when given), for a rebuild. */
  allReports(type?: string): Promise<StoredReport[]>;
  /** Every event of this PLOVER type, one at a time in stored order (article, ordinal): a rebuild's scan holds none of them. */
  scanReports(type: string, visit: (report: StoredReport) => void): Promise<void>;
  /** The events of these rows (events.id), in stored order. */
  reportsOfRows(rowIds: readonly number[]): Promise<StoredReport[]>;
  /** A place off the heap for a rebuild's incidents until they replace every stored one (IncidentStage). */
  stage(): Promise<IncidentStage>;
  /** The PLOVER types of the stored events, sorted: a rebuild links one at a time. */
  eventTypes(): Promise<string[]>;
  /** Up to `limit` doc_ids of articles with events not linked yet, after article row `after`, in stored order. */
  unlinkedArticles(after: number, limit: number): Promise<{ readonly docIds: string[]; readonly last: number }>;
  countUnlinked(): Promise<number>;
  /** Writes the change if the version is still `expected`; false if another linker committed first. */
  commit(expected: number, change: IncidentChange): Promise<boolean>;
  incident(id: string): Promise<Incident | null>;
  incidents(ids: readonly string[]): Promise<Incident[]>;
  /** Flat columns of these incidents (all when omitted). */
  summaries(ids?: readonly string[]): Promise<IncidentSummary[]>;
  /** Report key → incident id, for these keys (or all when `keys` is omitted). */
  incidentIdsOf(keys?: readonly string[]): Promise<Map<string, string>>;
  close(): Promise<void>;
}
