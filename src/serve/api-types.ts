import type { Event } from '../schema/event.ts';

// The JSON bodies the API returns, shared with the dashboard through `import type`.

export interface Page<T> {
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
  readonly items: readonly T[];
}

export interface ApiError {
  readonly error: string;
  readonly message: string;
  readonly issues?: readonly { readonly path: string; readonly message: string }[];
}

export interface Health {
  readonly status: 'ok';
  readonly backend: string;
  readonly articles: number;
  readonly events: number;
}

export type PlacePrecision = 'site' | 'city' | 'region' | 'country';

/** Events at one geocoded place. */
export interface PlacePoint {
  readonly name: string;
  readonly country: string | null;
  readonly lat: number;
  readonly lon: number;
  readonly precision: PlacePrecision;
  readonly events: number;
  readonly goldstein: number;
}

export interface Places {
  /** Events that match the filter. */
  readonly total: number;
  /** How many of them (the most recent) were placed on the map; less than total when sampled. */
  readonly considered: number;
  readonly sampled: boolean;
  readonly items: readonly PlacePoint[];
}

export interface NetworkEdge {
  readonly source: string;
  readonly target: string;
  readonly events: number;
  readonly goldstein: number;
}

export interface Network {
  readonly nodes: readonly { readonly id: string; readonly events: number }[];
  readonly edges: readonly NetworkEdge[];
}

export interface StatsResponse {
  readonly period: 'day' | 'week' | 'month';
  readonly by: 'type' | 'dyad' | 'none';
  readonly rows: readonly { readonly period: string; readonly key: string; readonly count: number; readonly goldstein: number }[];
}

export interface CodedArticle {
  readonly status: 'stored' | 'duplicate';
  readonly article: {
    readonly docId: string;
    readonly title: string | null;
    readonly published: string | null;
    readonly url: string | null;
    readonly text: string;
  };
  readonly events: readonly Event[];
}
