import { csvCell } from '../export/delimited.ts';
import { displayUrl, openStore } from '../store/index.ts';
import type { StatsQuery } from '../store/index.ts';
import { filterFromOptions, type FilterOptions } from './filter-options.ts';
import { UsageError, type ExitCode, type Io } from './io.ts';
import { outputFormat } from './output-format.ts';
import { plainTable } from './plain-table.ts';
import { CasualtyTally, type CasualtyRow } from './stats-casualties.ts';

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
    const tally = new CasualtyTally(query);
    if (store.scanEvents !== undefined) for await (const row of store.scanEvents(query.filter)) tally.addEvent(row.event);
    printStats(io, tally.rows(await store.stats(query)), { format, by: query.by, unit: 'events', db: opts.db });
  } finally {
    await store.close();
  }
  return 0;
}

/** The rows as JSON, JSON Lines, CSV or a table, with the casualty sums (`--unit incident` prints them too). */
export function printStats(io: Io, rows: readonly CasualtyRow[], o: { format: string; by: string; unit: 'events' | 'incidents'; db: string }): void {
  const figures = (r: CasualtyRow) => [r.killed, r.injured, r.arrested];
  if (o.format === 'json') io.out(JSON.stringify(rows, null, 2));
  else if (o.format === 'jsonl') for (const row of rows) io.out(JSON.stringify(row));
  else if (o.format === 'csv') {
    io.out(`period,${o.by === 'none' ? 'key' : o.by},count,goldstein,killed,injured,arrested`);
    for (const r of rows) io.out([r.period, r.key, r.count, r.goldstein, ...figures(r)].map(csvCell).join(','));
  } else {
    const header = ['PERIOD', ...(o.by === 'none' ? [] : [o.by.toUpperCase()]), o.unit.toUpperCase(), 'GOLDSTEIN', 'KILLED', 'INJURED', 'ARRESTED'];
    io.out(plainTable(header, rows.map((r) => [r.period, ...(o.by === 'none' ? [] : [r.key]), r.count, r.goldstein, ...figures(r)])));
    const total = rows.reduce((sum, r) => sum + r.count, 0);
    io.out(`${total} dated ${o.unit} in ${new Set(rows.map((r) => r.period)).size} periods (${displayUrl(o.db)}); casualties: the sum of the lower bounds reported`
      + (o.unit === 'events' ? ', a story told twice counts twice (--unit incident counts it once)' : ''));
  }
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw new UsageError(`${name} must be one of ${allowed.join(', ')}, not '${value}'`);
  return found;
}

