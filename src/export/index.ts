export { exportEvents } from './export-events.ts';
export type { ExportOptions } from './export-events.ts';
export { importEvents } from './import-events.ts';
export type { ImportOptions, ImportTally } from './import-events.ts';
export { FORMATS, FORMAT_NAMES, detectFormat, formatNamed } from './formats.ts';
export type { ExportFormat, FormatName } from './format.ts';
export { stableEventId } from './event-id.ts';
export { eventsCsv } from './csv-format.ts';
export { csvCell } from './delimited.ts';
