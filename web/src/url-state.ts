// Everything that defines a view lives in the URL query, so a view can be bookmarked and shared:
//   /?type=ASSAULT&country=COD&since=2025-01&event=conflict-drc-goma%3A3&dyad=COD%2CRWA

export const FILTER_KEYS = ['text', 'type', 'actor', 'country', 'since', 'until', 'certainty'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export interface ViewState {
  readonly filters: Filters;
  readonly offset: number;
  readonly sort: string;
  /** The selected event: its article and its position among the article's events. */
  readonly event: { readonly docId: string; readonly at: number } | null;
  /** "USA,IRN": the pair of the escalation chart. */
  readonly dyad: string | null;
}

export const DEFAULT_SORT = '-date';

export function readState(search: string = location.search): ViewState {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const offset = Number(params.get('offset') ?? 0);
  const event = params.get('event');
  const split = event ? event.lastIndexOf(':') : -1;
  return {
    filters,
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
    sort: params.get('sort') ?? DEFAULT_SORT,
    event: event && split > 0 ? { docId: event.slice(0, split), at: Number(event.slice(split + 1)) } : null,
    dyad: params.get('dyad'),
  };
}

export function writeState(state: ViewState): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (state.filters[key]) params.set(key, state.filters[key]!);
  if (state.offset > 0) params.set('offset', String(state.offset));
  if (state.sort !== DEFAULT_SORT) params.set('sort', state.sort);
  if (state.event) params.set('event', `${state.event.docId}:${state.event.at}`);
  if (state.dyad) params.set('dyad', state.dyad);
  const query = params.toString();
  // "./" (the page itself) rather than "" so that clearing every filter also clears the URL.
  return query ? `?${query}` : './';
}

/** The API query for the current filters, plus extra parameters. */
export function filterQuery(filters: Filters, extra: Record<string, string | number> = {}): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filters[key]) params.set(key, filters[key]!);
  for (const [key, value] of Object.entries(extra)) params.set(key, String(value));
  return params.toString();
}
