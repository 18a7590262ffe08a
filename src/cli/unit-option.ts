import type { EventsOptions } from './events-command.ts';
import type { FilterOptions } from './filter-options.ts';
import { UsageError, type ExitCode, type Io } from './io.ts';

// `--unit report|incident` for events, stats and export. Without --unit (or with report, for events
// and stats) the report commands run as they are, and the incident code (incident-unit.ts, with the
// incident index and the export formats) is not even loaded: `eventlens events` starts faster.

export type Unit = 'report' | 'incident';
type Command<O> = (io: Io, opts: O) => Promise<ExitCode>;
interface UnitOptions extends EventsOptions {
  readonly unit?: string;
}

const incidentUnit = () => import('./incident-unit.ts');

export function unitOf(value: string | undefined): Unit | undefined {
  if (value === undefined || value === 'report' || value === 'incident') return value;
  throw new UsageError(`--unit must be report or incident, not '${value}'`);
}

export async function eventsByUnit<O extends UnitOptions>(io: Io, opts: O, reports: Command<O>): Promise<ExitCode> {
  return unitOf(opts.unit) === 'incident' ? (await incidentUnit()).eventsByUnit(io, opts, reports) : reports(io, opts);
}

export async function statsByUnit<O extends UnitOptions & { readonly period: string; readonly by: string }>(io: Io, opts: O, reports: Command<O>): Promise<ExitCode> {
  return unitOf(opts.unit) === 'incident' ? (await incidentUnit()).statsByUnit(io, opts, reports) : reports(io, opts);
}

export async function exportByUnit<O extends FilterOptions & { readonly unit?: string; readonly format: string; readonly out?: string; readonly record: boolean }>(
  io: Io, opts: O, reports: Command<O>): Promise<ExitCode> {
  return unitOf(opts.unit) === undefined ? reports(io, opts) : (await incidentUnit()).exportByUnit(io, opts, reports);
}
