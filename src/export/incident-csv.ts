import { csvCell } from './delimited.ts';
import type { ExportFormat } from './format.ts';
import { placePoint, type Incident, type IncidentFigure } from '../incidents/index.ts';
import type { ScannedEvent } from '../store/index.ts';

// Incidents as CSV (`events --unit incident --csv`, `export --unit incident --format csv`): one row per
// incident; event_ids lists its reports' event_id (the id every report export gives them), so the two
// files join. Reasons and conflicts are in the JSON record, not in the table.

type Column = readonly [string, (i: Incident) => string | number | boolean | null | undefined];

const figure = (f: IncidentFigure | undefined) => f?.value;

const COLUMNS: readonly Column[] = [
  ['incident_id', (i) => i.id],
  ['date', (i) => i.date?.value],
  ['date_precision', (i) => i.date?.precision],
  ['date_start', (i) => i.date?.start],
  ['date_end', (i) => i.date?.end],
  ['type', (i) => i.type],
  ['cameo', (i) => i.cameo],
  ['goldstein', (i) => i.goldstein],
  ['actor_code', (i) => i.actor?.code],
  ['actor_name', (i) => i.actor?.name],
  ['target_code', (i) => i.target?.code],
  ['target_name', (i) => i.target?.name],
  ['location', (i) => i.location?.name],
  ['country', (i) => i.location?.country],
  ['lat', (i) => i.location?.lat],
  ['lon', (i) => i.location?.lon],
  ['geo_precision', (i) => i.location?.geo_precision],
  ['centroid', (i) => (i.location === null ? null : i.location.centroid)],
  ['certainty', (i) => i.certainty],
  ['asserted', (i) => i.asserted],
  ['killed', (i) => figure(i.numbers.killed)],
  ['killed_min', (i) => i.numbers.killed?.min],
  ['killed_max', (i) => i.numbers.killed?.max],
  ['injured', (i) => figure(i.numbers.injured)],
  ['arrested', (i) => figure(i.numbers.arrested)],
  ['size', (i) => figure(i.numbers.size)],
  ['num_reports', (i) => i.num_reports],
  ['num_sources', (i) => i.num_sources],
  ['outlets', (i) => i.outlets.join(' ')],
  ['first_report', (i) => i.first_report],
  ['last_report', (i) => i.last_report],
  ['event_ids', (i) => i.reports.map((r) => r.event_id).join(' ')],
];

export const INCIDENT_CSV_HEADER = COLUMNS.map(([name]) => name).join(',');

export function incidentCsvLine(incident: Incident): string {
  return COLUMNS.map(([, value]) => {
    const v = value(incident);
    return csvCell(typeof v === 'boolean' ? String(v) : v);
  }).join(',');
}

/** A report export format with incident_id, geo_precision and centroid before its record column. */
export function withIncidentColumns(format: Extract<ExportFormat, { kind: 'delimited' }>, incidentOf: (docId: string, ordinal: number) => string | null): ExportFormat {
  const extra = [
    { name: 'incident_id', value: ({ event, ordinal }: ScannedEvent) => incidentOf(event.doc_id, ordinal) },
    { name: 'geo_precision', value: ({ event }: ScannedEvent) => placePoint(event.location)?.precision ?? null },
    { name: 'centroid', value: ({ event }: ScannedEvent) => (event.location === null ? null : String(placePoint(event.location)!.centroid)) },
  ];
  const at = format.columns.findIndex((c) => c.name === format.recordColumn);
  const columns = at === -1 ? [...format.columns, ...extra] : [...format.columns.slice(0, at), ...extra, ...format.columns.slice(at)];
  return { ...format, columns };
}
