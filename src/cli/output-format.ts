import { UsageError } from './io.ts';

export type OutputFormat = 'table' | 'json' | 'jsonl' | 'csv';
const FORMATS: readonly OutputFormat[] = ['table', 'json', 'jsonl', 'csv'];

// --format wins; --json and --jsonl both mean JSON Lines (--json has always printed one event per line),
// --csv is CSV; a table otherwise.
export function outputFormat(opts: { format?: string; json?: boolean; jsonl?: boolean; csv?: boolean }): OutputFormat {
  if (opts.format !== undefined) {
    const format = FORMATS.find((f) => f === opts.format);
    if (format === undefined) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not '${opts.format}'`);
    return format;
  }
  if (opts.json || opts.jsonl) return 'jsonl';
  return opts.csv ? 'csv' : 'table';
}
