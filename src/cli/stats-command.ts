import { csvCell } from '../export/index.ts';
import { displayUrl, openStore } from '../store/index.ts';
import type { StatsQuery } from '../store/index.ts';
import { filterFromOptions, type FilterOptions } from './filter-options.ts';
import { UsageError, type ExitCode, type Io } from './io.ts';
import { outputFormat } from './output-format.ts';
import { plainTable } from './plain-table.ts';

export interface StatsOptions extends FilterOptions {
  readonly period: string;
  readonly by: string;
  readonly format?: string;
  readonly json?: boolean;
  readonly jsonl?: boolean;
  readonly csv?: boolean;
}

const PERIODS = ['day', 'week', 'month'] as const;
const GROUPS = ['type', 'dyad', 'none'] as const;

/** `eventlens stats`: event counts and Goldstein sums per period × type or dyad. */
export async function statsCommand(io: Io, opts: StatsOptions): Promise<ExitCode> {
  const format = outputFormat(opts);
  const query: StatsQuery = {
    period: oneOf('--period', opts.period, PERIODS),
    by: oneOf('--by', opts.by, GROUPS),
    filter: filterFromOptions(opts),
  };
  const store = await openStore(opts.db, { mustExist: true });
  try {
    const rows = await store.stats(query);
    if (format === 'json') io.out(JSON.stringify(rows, null, 2));
    else if (format === 'jsonl') for (const row of rows) io.out(JSON.stringify(row));
    else if (format === 'csv') {
      io.out(`period,${query.by === 'none' ? 'key' : query.by},count,goldstein`);
      for (const r of rows) io.out([r.period, r.key, r.count, r.goldstein].map(csvCell).join(','));
    } else {
      const header = ['PERIOD', ...(query.by === 'none' ? [] : [query.by.toUpperCase()]), 'EVENTS', 'GOLDSTEIN'];
      io.out(plainTable(header, rows.map((r) => [r.period, ...(query.by === 'none' ? [] : [r.key]), r.count, r.goldstein])));
      const total = rows.reduce((sum, r) => sum + r.count, 0);
      io.out(`${total} dated events in ${new Set(rows.map((r) => r.period)).size} periods (${displayUrl(opts.db)})`);
    }
  } finally {
    await store.close();
  }
  return 0;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw new UsageError(`${name} must be one of ${allowed.join(', ')}, not '${value}'`);
  return found;
}

