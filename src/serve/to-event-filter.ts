import type { EventFilter } from '../store/index.ts';
import type { FilterQuery } from './query-schemas.ts';

// The parsed query minus the parameters that are not filters (paging, period, ...), without
// undefined keys, so the store sees exactly the filters the user gave.
export function toEventFilter(query: Partial<FilterQuery> & Record<string, unknown>, extra: Partial<EventFilter> = {}): EventFilter {
  const filter: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) {
    if (query[key] !== undefined) filter[key] = query[key];
  }
  return { ...(filter as EventFilter), ...extra };
}

const FILTER_KEYS = [
  'type', 'cameoRoot', 'actor', 'target', 'dyad', 'country', 'place', 'near', 'since', 'until',
  'certainty', 'source', 'minConfidence', 'text', 'docId',
] as const satisfies readonly (keyof FilterQuery & keyof EventFilter)[];
