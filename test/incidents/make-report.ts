import { stableEventId } from '../../src/export/event-id.ts';
import { buildActorHierarchy, reportKey, type Report } from '../../src/incidents/index.ts';
import type { Certainty, Event, EventLocation, PloverType } from '../../src/schema/event.ts';
import type { Store } from '../../src/store/index.ts';
import { makeArticle } from '../store/event-factory.ts';

// Reports from one-line specs, for the table-driven incident tests: only what a row is about is
// written; everything else is a plain, asserted, day-precise event.

export const PLACES = {
  taji: { text: 'Camp Taji', name: 'Camp Taji', country: 'IRQ', lat: 33.5226, lon: 44.257, span: [0, 9], precision: 'site', id: 'camp-taji', basis: 'stated' },
  balad: { text: 'Balad Air Base', name: 'Balad Air Base', country: 'IRQ', lat: 33.9402, lon: 44.3616, span: [0, 9], precision: 'site', id: 'balad-air-base', basis: 'stated' },
  baghdad: { text: 'Baghdad', name: 'Baghdad', country: 'IRQ', lat: 33.34058, lon: 44.40088, span: [0, 7], precision: 'city', id: 'geonames:98182', basis: 'stated' },
  basra: { text: 'Basra', name: 'Basra', country: 'IRQ', lat: 30.50852, lon: 47.7804, span: [0, 5], precision: 'city', id: 'geonames:99532', basis: 'stated' },
  anbar: { text: 'Anbar', name: 'Anbar', country: 'IRQ', lat: 32.5, lon: 42.5, span: [0, 5], precision: 'region', id: 'anbar', basis: 'stated' },
  iraq: { text: '', name: 'Iraq', country: 'IRQ', lat: 33, lon: 44, span: null, precision: 'country', id: 'IRQ', basis: 'inferred' },
  syria: { text: 'Syria', name: 'Syria', country: 'SYR', lat: 35, lon: 38, span: [0, 5], precision: 'country', id: 'SYR', basis: 'stated' },
  kharkiv: { text: 'Kharkiv', name: 'Kharkiv', country: 'UKR', lat: 49.99, lon: 36.23, span: [0, 7], precision: 'city', id: 'geonames:706483', basis: 'stated' },
} as const satisfies Record<string, EventLocation>;

/** A few groups, as data/actors/groups.json gives them. */
export const HIERARCHY = buildActorHierarchy([
  { code: 'popular-mobilization-units', country: 'IRQ', role: 'MIL' },
  { code: 'kataib-hezbollah', country: 'IRQ', role: 'REB', parent: 'popular-mobilization-units' },
  { code: 'islamic-state', country: null, role: 'REB' },
  { code: 'iskp', country: 'AFG', role: 'REB', parent: 'islamic-state' },
]);

type Figure = readonly [number, number | null, 'exact' | 'at_least' | 'at_most' | 'about' | 'vague'];

export interface Spec {
  readonly doc?: string;
  readonly ordinal?: number;
  readonly url?: string;
  readonly type?: PloverType;
  readonly cameo?: string;
  readonly actor?: string | null;
  readonly target?: string | null;
  readonly date?: string | null;
  /** How the article wrote the date ("Tuesday night"); defaults to the value. */
  readonly dateText?: string;
  readonly precision?: 'day' | 'week' | 'month' | 'year' | 'reported';
  readonly place?: keyof typeof PLACES | null;
  readonly certainty?: Certainty;
  /** 'outlet' (default) or who the article attributes it to. */
  readonly source?: string;
  readonly killed?: Figure;
  readonly injured?: Figure;
  readonly arrested?: Figure;
  readonly size?: Figure;
  readonly trigger?: readonly [number, number];
  readonly published?: string;
}

export function makeReport(spec: Spec): Report {
  const doc = spec.doc ?? 'doc';
  const ordinal = spec.ordinal ?? 0;
  const date = spec.date === null ? null : spec.date ?? '2020-03-11';
  const figure = (f: Figure | undefined) => (f === undefined ? undefined : { min: f[0], max: f[1], hedge: f[2], text: String(f[0]), span: [0, 1] as [number, number] });
  const numbers = Object.fromEntries(Object.entries({ killed: figure(spec.killed), injured: figure(spec.injured), arrested: figure(spec.arrested), size: figure(spec.size) })
    .filter(([, f]) => f !== undefined));
  const participant = (code: string | null | undefined, fallback: string | null) => {
    const c = code === undefined ? fallback : code;
    return c === null ? null : { text: c, name: c, code: c, span: [0, c.length] as [number, number], basis: 'stated' as const };
  };
  const event: Event = {
    doc_id: doc,
    type: spec.type ?? 'ASSAULT',
    cameo: spec.cameo ?? '190',
    goldstein: -10,
    quad_class: 4,
    actor: participant(spec.actor, 'kataib-hezbollah'),
    target: participant(spec.target, 'USAMIL'),
    date: date === null ? null : { value: date, precision: spec.precision ?? 'day', text: spec.dateText ?? date, span: spec.precision === 'reported' ? null : [0, 1], basis: spec.precision === 'reported' ? 'inferred' : 'stated' },
    location: spec.place === null ? null : { ...PLACES[spec.place ?? 'taji'] } as EventLocation,
    provenance: {
      source: spec.source === undefined || spec.source === 'outlet' ? 'outlet' : { text: spec.source, name: spec.source, code: null, span: [0, 1] },
      reporting_verb: spec.source === undefined || spec.source === 'outlet' ? null : 'said',
      certainty: spec.certainty ?? (spec.source === undefined || spec.source === 'outlet' ? 'asserted' : 'claimed'),
      quote: null,
    },
    trigger: { text: 'attacked', span: [...(spec.trigger ?? [ordinal * 100, ordinal * 100 + 8])] as [number, number] },
    evidence: { sentence: 'They attacked.', span: [0, 14] },
    ...(Object.keys(numbers).length > 0 ? { numbers } : {}),
    confidence: 0.8,
    rules: ['test'],
  };
  return {
    key: reportKey(doc, ordinal),
    eventId: stableEventId(doc, ordinal),
    event,
    outlet: spec.url === undefined ? doc.split('-')[0] : new URL(spec.url).hostname.replace(/^www\./, ''),
    reportedAt: spec.published ?? (date === null ? '2020-03-12' : date.length === 10 ? date : '2020-03-12'),
  };
}

/** Stores the specs' reports, one article per document (in first-seen order); returns the document ids. */
export async function saveReports(store: Store, specs: readonly Spec[]): Promise<string[]> {
  const byDoc = new Map<string, Report[]>();
  for (const spec of specs) {
    const r = makeReport(spec);
    byDoc.set(r.event.doc_id, [...(byDoc.get(r.event.doc_id) ?? []), r]);
  }
  for (const [doc, reports] of byDoc) {
    await store.saveArticle(makeArticle(doc, `Text of ${doc}: ${'x'.repeat(400)}`, { url: `https://${doc.split('-')[0]}.example/${doc}`, published: reports[0].reportedAt }),
      reports.map((r) => r.event));
  }
  return [...byDoc.keys()];
}
