import { CSV_FORMAT } from './csv-format.ts';
import { FORMAT_NAMES, type ExportFormat, type FormatName } from './format.ts';
import { GDELT_FORMAT } from './gdelt-format.ts';
import { POLECAT_FORMAT } from './polecat-format.ts';

export const FORMATS: Readonly<Record<FormatName, ExportFormat>> = {
  jsonl: { kind: 'jsonl', name: 'jsonl' },
  csv: CSV_FORMAT,
  gdelt: GDELT_FORMAT,
  polecat: POLECAT_FORMAT,
};

export { FORMAT_NAMES };

export function formatNamed(name: string): ExportFormat {
  const format = FORMATS[name as FormatName];
  if (format === undefined) throw new Error(`unknown format '${name}' (one of ${FORMAT_NAMES.join(', ')})`);
  return format;
}

// Import without --format: what the first line says. Exports always begin with their header (or, for
// JSON Lines, a JSON object).
export function detectFormat(firstLine: string): ExportFormat | null {
  if (firstLine.trimStart().startsWith('{')) return FORMATS.jsonl;
  const first = (separator: string) => firstLine.split(separator)[0]?.replace(/^\uFEFF/, '');
  if (first('\t') === 'GLOBALEVENTID') return FORMATS.gdelt;
  if (first('\t') === 'event_id' && firstLine.includes('\tstory_id')) return FORMATS.polecat;
  if (first(',') === 'event_id') return FORMATS.csv;
  return null;
}
