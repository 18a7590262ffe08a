import { datePrefixProblem } from '../schema/date-prefix.ts';
import { checkEventFilter } from '../store/check-filter.ts';
import { EVENT_SORTS } from '../store/event-order.ts';
import type { EventFilter } from '../store/store.ts';
import { UsageError } from './io.ts';

/** The options every store command shares: which database, and which events. */
export interface FilterOptions {
  readonly db: string;
  readonly type?: string;
  readonly cameo?: string;
  readonly actor?: string;
  readonly target?: string;
  readonly dyad?: string;
  readonly country?: string;
  readonly near?: string;
  readonly place?: string;
  readonly since?: string;
  readonly until?: string;
  readonly certainty?: string;
  readonly source?: string;
  readonly minConfidence?: string;
  readonly text?: string;
  readonly doc?: string;
}

// Options → EventFilter, checked before any database is opened so a typo is a usage error (exit 2).
export function filterFromOptions(opts: FilterOptions, paging: Pick<EventFilter, 'sort' | 'limit' | 'offset'> = {}): EventFilter {
  const filter: EventFilter = {
    type: opts.type,
    cameoRoot: opts.cameo,
    actor: opts.actor,
    target: opts.target,
    dyad: opts.dyad === undefined ? undefined : pair(opts.dyad),
    country: opts.country,
    near: opts.near === undefined ? undefined : near(opts.near),
    place: opts.place,
    since: opts.since === undefined ? undefined : date('--since', opts.since),
    until: opts.until === undefined ? undefined : date('--until', opts.until),
    certainty: opts.certainty,
    source: opts.source,
    minConfidence: opts.minConfidence === undefined ? undefined : number('--min-confidence', opts.minConfidence),
    text: opts.text,
    docId: opts.doc,
    ...paging,
  };
  const given = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as EventFilter;
  try {
    checkEventFilter(given);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  return given;
}

export function sortOption(value: string | undefined): EventFilter['sort'] {
  if (value === undefined) return undefined;
  const sort = EVENT_SORTS.find((s) => s === value);
  if (sort === undefined) throw new UsageError(`--sort must be one of ${EVENT_SORTS.join(', ')}, not '${value}'`);
  return sort;
}

export function number(name: string, value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new UsageError(`${name} must be a number, not '${value}'`);
  return n;
}

/** `--limit 20` / `--offset 40`: a whole number typed as such; says what was typed when it is not. */
export function wholeNumber(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\s*\d+\s*$/.test(value)) throw new UsageError(`${name} must be a whole number 0 or more, not '${value}'`);
  return Number(value);
}

function date(name: string, value: string): string {
  const problem = datePrefixProblem(value);
  if (problem !== undefined) throw new UsageError(`${name} '${value}' is not a date: ${problem}`);
  return value;
}

function pair(value: string): [string, string] {
  const parts = value.split(',').map((p) => p.trim());
  if (parts.length !== 2 || parts.some((p) => p === '')) throw new UsageError(`--dyad takes two codes: USA,IRN (not '${value}')`);
  return [parts[0], parts[1]];
}

function near(value: string): { lat: number; lon: number; km: number } {
  const parts = value.split(',');
  if (parts.length !== 3) throw new UsageError(`--near takes lat,lon,km: 50.45,30.52,100 (not '${value}')`);
  const [lat, lon, km] = parts.map((p) => number('--near', p));
  return { lat, lon, km };
}
