import type { Incident } from '../../src/incidents/index.ts';
import type { PloverType } from '../../src/schema/event.ts';

// Generated incidents for the watch tests: only what a test is about is given; the rest is a plain,
// asserted, day-dated ASSAULT in Iraq reported by one outlet.

export interface IncidentSpec {
  readonly id?: string;
  readonly day: string;
  readonly type?: PloverType;
  readonly cameo?: string;
  readonly goldstein?: number;
  readonly actor?: string | null;
  readonly target?: string | null;
  readonly country?: string | null;
  readonly lat?: number;
  readonly lon?: number;
  readonly centroid?: boolean;
  readonly killed?: number;
  readonly injured?: number;
  /** false: only claimed by a party (the actor). */
  readonly asserted?: boolean;
  readonly certainty?: Incident['certainty'];
  readonly confidence?: number;
  readonly precision?: 'day' | 'week' | 'month' | 'year' | 'reported';
}

let counter = 0;

export function makeIncident(spec: IncidentSpec): Incident {
  const id = spec.id ?? `inc-${(counter++).toString(16).padStart(12, '0')}`;
  const asserted = spec.asserted ?? true;
  const certainty = spec.certainty ?? (asserted ? 'asserted' : 'claimed');
  const actor = spec.actor === undefined ? 'IRQMIL' : spec.actor;
  const target = spec.target === undefined ? 'IRQREB' : spec.target;
  const figure = (value: number) => ({ value, min: value, max: value, hedge: 'exact' as const, reports: 1, reason: 'test', conflict: null });
  const source = asserted ? 'outlet' : actor ?? 'a spokesman';
  return {
    id,
    type: spec.type ?? 'ASSAULT',
    cameo: spec.cameo ?? '190',
    goldstein: spec.goldstein ?? -10,
    quad_class: 4,
    actor: actor === null ? null : { code: actor, name: actor, reason: 'test', conflict: null },
    target: target === null ? null : { code: target, name: target, reason: 'test', conflict: null },
    date: { value: spec.day, precision: spec.precision ?? 'day', start: spec.day, end: spec.day, reason: 'test', conflict: null },
    location: spec.country === null ? null : {
      name: spec.country ?? 'IRQ', country: spec.country ?? 'IRQ', lat: spec.lat ?? 33, lon: spec.lon ?? 44, id: null,
      geo_precision: spec.centroid === false ? 'city' : 'country', centroid: spec.centroid ?? false, reason: 'test', conflict: null,
    },
    certainty,
    certainty_reason: 'test',
    asserted,
    claimed_by: asserted ? [] : [source],
    numbers: {
      ...(spec.killed === undefined ? {} : { killed: figure(spec.killed) }),
      ...(spec.injured === undefined ? {} : { injured: figure(spec.injured) }),
    },
    num_reports: 1, num_events: 1, num_articles: 1, num_sources: 1,
    outlets: ['example.org'],
    first_report: spec.day, last_report: spec.day,
    confidence: spec.confidence ?? 0.8,
    reports: [{
      key: `${id}-doc#0`, event_id: 0, doc_id: `${id}-doc`, outlet: 'example.org', reported_at: spec.day, certainty, source,
      date: spec.day, place: spec.country ?? 'IRQ', trigger: 'attacked', link: { rule: 'alone', with: null, score: null, checks: [] },
    }],
  };
}

/** "2024-01-01" plus n days. */
export function dayAfter(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** One incident a day from `start` for `days` days, each with the spec's fields. */
export function daily(start: string, days: number, spec: Omit<IncidentSpec, 'day'> = {}): Incident[] {
  return Array.from({ length: days }, (_, i) => makeIncident({ ...spec, day: dayAfter(start, i) }));
}
