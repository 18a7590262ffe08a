import type { Certainty, PloverType } from '../schema/event.ts';
import type { Check } from './compare.ts';
import type { GeoPrecision } from './geo.ts';

// The incident record: one real event, reconciled from every report of it (docs/incidents.md). Each
// reconciled field says why it has its value (`reason`) and keeps disagreement visible (`conflict`).

export interface Reconciled {
  /** How the value was chosen: "most precise (day): 3 of 4 reports say 2020-03-11". */
  readonly reason: string;
  /** Reports that say otherwise: "3 reports say 2020-03-11, 1 says 2020-03-12"; null when all agree. */
  readonly conflict: string | null;
}

export interface IncidentActor extends Reconciled {
  readonly code: string | null;
  readonly name: string;
}

/** One of an incident's coordinated participants (Incident.actors / .targets). */
export interface IncidentParticipant {
  readonly code: string | null;
  readonly name: string;
}

export interface IncidentDate extends Reconciled {
  readonly value: string;
  readonly precision: 'day' | 'week' | 'month' | 'year' | 'reported';
  /** The span of days the date can mean, inclusive (a 'reported' date: a few days before publication). */
  readonly start: string;
  readonly end: string;
}

export interface IncidentLocation extends Reconciled {
  readonly name: string;
  readonly country: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly id: string | null;
  readonly geo_precision: GeoPrecision;
  /** true: lat/lon is a country or region centroid (or the article's country), not the spot. Never draw it as a point. */
  readonly centroid: boolean;
}

/** A casualty, arrest or crowd figure reconciled across reports (see figures.ts for the rule). */
export interface IncidentFigure extends Reconciled {
  /** The best estimate: the largest lower bound among the reports that count. */
  readonly value: number;
  /** Smallest and largest figure those reports give; max null when one of them is open-ended ("at least"). */
  readonly min: number;
  readonly max: number | null;
  readonly hedge: 'exact' | 'at_least' | 'at_most' | 'about' | 'vague';
  /** How many reports give a figure that counts. */
  readonly reports: number;
}

export interface IncidentReport {
  readonly key: string;
  readonly event_id: number;
  readonly doc_id: string;
  readonly outlet: string;
  readonly reported_at: string | null;
  readonly certainty: Certainty;
  /** 'outlet' when the article says it in its own voice, else who it attributes it to. */
  readonly source: string;
  readonly date: string | null;
  readonly place: string | null;
  readonly trigger: string;
  readonly link: {
    readonly rule: 'linked' | 'same-mention' | 'alone';
    readonly with: string | null;
    readonly score: number | null;
    readonly checks: readonly Check[];
  };
}

export interface Incident {
  readonly id: string;
  readonly type: PloverType;
  readonly cameo: string;
  readonly goldstein: number;
  readonly quad_class: number;
  readonly actor: IncidentActor | null;
  readonly target: IncidentActor | null;
  /** Every actor when its reports list several ("Chad and Cameroon deployed"), `actor` first; absent otherwise. */
  readonly actors?: readonly IncidentParticipant[];
  readonly targets?: readonly IncidentParticipant[];
  readonly date: IncidentDate | null;
  readonly location: IncidentLocation | null;
  /** 'asserted' only if some outlet says it in its own voice; otherwise the claim stays a claim. */
  readonly certainty: Certainty;
  readonly certainty_reason: string;
  readonly asserted: boolean;
  /** Speakers the reports attribute the event to (officials, a group claiming it). */
  readonly claimed_by: readonly string[];
  readonly numbers: {
    readonly killed?: IncidentFigure;
    readonly injured?: IncidentFigure;
    readonly arrested?: IncidentFigure;
    readonly size?: IncidentFigure;
  };
  /** Statements: an article sentence telling the event (one sentence the coder split by participant counts once). */
  readonly num_reports: number;
  readonly num_events: number;
  readonly num_articles: number;
  /** Distinct outlets (outlet.ts). */
  readonly num_sources: number;
  readonly outlets: readonly string[];
  readonly first_report: string | null;
  readonly last_report: string | null;
  readonly confidence: number;
  readonly reports: readonly IncidentReport[];
}
