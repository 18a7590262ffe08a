import type { Event } from '../schema/event.ts';
import type { Incident, IncidentReport } from '../incidents/index.ts';

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
  /** The place id (`location.id`): `place=` filters on it. */
  readonly id: string;
  readonly name: string;
  readonly country: string | null;
  readonly lat: number;
  readonly lon: number;
  readonly precision: PlacePrecision;
  readonly events: number;
  readonly goldstein: number;
  /** Sum of the killed figures (lower bounds) of its events or incidents. */
  readonly killed: number;
}

export interface Places {
  readonly unit: 'report' | 'incident';
  /** Events (or incidents) that match the filter. */
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
  /** Ids of the watch alerts this article made fire (rules enabled on the store; docs/watch.md). */
  readonly alerts?: readonly string[];
  /** Stored, but something after it failed (linking into incidents, the watch rules). */
  readonly warnings?: readonly string[];
}

/** `/events?unit=incident`: a page of incidents (an incident matches when one of its reports does). */
export interface IncidentPage extends Page<Incident> {
  readonly unit: 'incident';
  /** Matching events in no incident yet (stored but not linked: `eventlens link-incidents`). */
  readonly unlinked: number;
}

/** `/incidents/{id}`: the incident, each report with its event record, and why each was linked. */
export interface IncidentDetail {
  readonly incident: Incident;
  readonly reports: readonly { readonly report: IncidentReport; readonly event: Event | null }[];
  /** `eventlens incident ID --explain`, line by line. */
  readonly explain: readonly string[];
}
