// Everything that defines a view lives in the URL query, so a view can be bookmarked and shared:
//   /?type=ASSAULT&country=COD&since=2025-01&event=conflict-drc-goma%3A3&dyad=COD%2CRWA&unit=incident
// The filter keys are the API's own names (`/events?…` takes the same query), except `pair`, the
// API's `dyad` filter: in the page `dyad` names the escalation chart's pair, which filters nothing.

export const FILTER_KEYS = [
  'text', 'type', 'cameoRoot', 'actor', 'target', 'pair', 'country', 'place', 'since', 'until', 'certainty', 'source', 'minConfidence',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;
export type Unit = 'report' | 'incident';

const VIEW_KEYS = ['offset', 'sort', 'event', 'incident', 'dyad', 'unit'] as const;

export interface ViewState {
  readonly filters: Filters;
  /** Count reports (one per article sentence) or incidents (the reports of one real event, linked). */
  readonly unit: Unit;
  readonly offset: number;
  readonly sort: string;
  /** The selected event: its article and its position among the article's events. */
  readonly event: { readonly docId: string; readonly at: number } | null;
  /** The incident shown in the evidence panel. */
  readonly incident: string | null;
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
    unit: params.get('unit') === 'incident' ? 'incident' : 'report',
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
    sort: params.get('sort') ?? DEFAULT_SORT,
    event: event && split > 0 ? { docId: event.slice(0, split), at: Number(event.slice(split + 1)) } : null,
    incident: params.get('incident'),
    dyad: params.get('dyad'),
  };
}

/** URL keys the page does not know (a typo, a link from a newer version): said, never silently dropped. */
export function unknownKeys(search: string = location.search): string[] {
  const known = new Set<string>([...FILTER_KEYS, ...VIEW_KEYS]);
  const params = new URLSearchParams(search);
  const problems = [...new Set(params.keys())].filter((k) => !known.has(k)).map((k) => `unknown key '${k}'`);
  const unit = params.get('unit');
  if (unit !== null && unit !== 'report' && unit !== 'incident') problems.push(`unit must be report or incident, not '${unit}'`);
  return problems;
}

export function writeState(state: ViewState): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (state.filters[key]) params.set(key, state.filters[key]!);
  if (state.unit === 'incident') params.set('unit', 'incident');
  if (state.offset > 0) params.set('offset', String(state.offset));
  if (state.sort !== DEFAULT_SORT) params.set('sort', state.sort);
  if (state.event) params.set('event', `${state.event.docId}:${state.event.at}`);
  if (state.incident) params.set('incident', state.incident);
  if (state.dyad) params.set('dyad', state.dyad);
  const query = params.toString();
  // "./" (the page itself) rather than "" so that clearing every filter also clears the URL.
  return query ? `?${query}` : './';
}

/** The API query for the current filters, plus extra parameters. */
export function filterQuery(filters: Filters, extra: Record<string, string | number> = {}): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filters[key]) params.set(key === 'pair' ? 'dyad' : key, filters[key]!);
  for (const [key, value] of Object.entries(extra)) params.set(key, String(value));
  return params.toString();
}
