import type { EventFilter, EventSort } from './store.ts';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 10_000;

// The id breaks ties, so paging through equal dates neither repeats nor skips an event.
const ORDER: Readonly<Record<EventSort, string>> = {
  'date': 'e.date_value ASC NULLS LAST, e.id ASC',
  '-date': 'e.date_value DESC NULLS LAST, e.id DESC',
  'goldstein': 'e.goldstein ASC, e.id ASC',
  '-goldstein': 'e.goldstein DESC, e.id ASC',
  'confidence': 'e.confidence ASC, e.id ASC',
  '-confidence': 'e.confidence DESC, e.id ASC',
};

export const EVENT_SORTS = Object.keys(ORDER) as readonly EventSort[];

export function orderBy(sort: EventSort | undefined): string {
  const order = ORDER[sort ?? 'date'];
  if (order === undefined) throw new Error(`invalid sort '${sort}' (one of ${EVENT_SORTS.join(', ')})`);
  return `ORDER BY ${order}`;
}

export function paging(filter: Pick<EventFilter, 'limit' | 'offset'>): { readonly limit: number; readonly offset: number } {
  return {
    limit: whole('limit', filter.limit, DEFAULT_LIMIT, MAX_LIMIT),
    offset: whole('offset', filter.offset, 0, Infinity),
  };
}

function whole(name: string, value: number | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new Error(`invalid ${name} ${value} (expected a whole number ${max === Infinity ? '>= 0' : `0–${max}`})`);
  }
  return value;
}
