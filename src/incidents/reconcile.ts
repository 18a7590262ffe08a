import type { Certainty, Event } from '../schema/event.ts';
import { sameParty } from './actors.ts';
import { isGeneric } from './compare.ts';
import { dateWindow, isoDay } from './date-window.ts';
import { reconcileFigure } from './figures.ts';
import { coordinatedParticipants } from './incident-participants.ts';
import { placePoint } from './geo.ts';
import type { Incident, IncidentActor, IncidentDate, IncidentLocation, IncidentReport } from './incident.ts';
import type { LinkedIncident } from './link.ts';
import { compareKeys, type Report } from './report.ts';
import { conflictText, says, tally, type Tally } from './votes.ts';

// An incident's fields from its reports, each with the reason it was chosen:
//   date     the most precise one (day > week > month > year > publication date), the value most
//            reports at that precision give;
//   place    the most precise one (site > city > region > country > the article's country), likewise;
//   actor    the code named by most sources (outlets), then by most reports;
//   certainty asserted if some outlet asserts it in its own voice, else what most reports say: an
//            event only claimed by its perpetrator, or only alleged, stays claimed or alleged;
//   numbers  see figures.ts.

const DATE_RANK = ['day', 'week', 'month', 'year', 'reported'] as const;
const PLACE_RANK = ['site', 'city', 'region', 'country'] as const;
const CERTAINTY_RANK: readonly Certainty[] = ['asserted', 'claimed', 'alleged', 'denied', 'planned', 'conditional', 'hypothetical', 'called_off'];
const FIGURES = ['killed', 'injured', 'arrested', 'size'] as const;

export function reconcile(incident: LinkedIncident): Incident {
  const { reports, links } = incident;
  // one statement, one voice: the first event of each mention speaks for it
  const firsts = reports.filter((r) => links.get(r.key)?.rule !== 'same-mention');
  const outletAsserts = firsts.filter((r) => r.event.provenance.source === 'outlet' && r.event.provenance.certainty === 'asserted');
  const cameo = chooseCameo(firsts);
  const typed = reports.find((r) => r.event.cameo === cameo)!.event;
  const outlets = [...new Set(reports.map((r) => r.outlet))].sort(compareKeys);
  const times = reports.map((r) => r.reportedAt).filter((t): t is string => t !== null).sort(compareKeys);
  const numbers = Object.fromEntries(FIGURES.flatMap((kind) => {
    const figure = reconcileFigure(firsts.flatMap((r) => {
      const f = r.event.numbers?.[kind];
      return f === undefined ? [] : [{ figure: f, outlet: r.outlet, partisan: isPartisan(r.event), key: r.key }];
    }));
    return figure === null ? [] : [[kind, figure]];
  }));
  const actor = participant(reports, (e) => e.actor);
  const target = participant(reports, (e) => e.target);
  const actors = coordinatedParticipants(reports, actor, 'actors');
  const targets = coordinatedParticipants(reports, target, 'targets');
  return {
    id: incident.id,
    type: typed.type,
    cameo,
    goldstein: typed.goldstein,
    quad_class: typed.quad_class,
    actor,
    target,
    ...(actors === undefined ? {} : { actors }),
    ...(targets === undefined ? {} : { targets }),
    date: chooseDate(firsts),
    location: chooseLocation(firsts),
    ...certaintyOf(firsts, outletAsserts),
    claimed_by: [...new Set(firsts.flatMap((r) => (r.event.provenance.source === 'outlet' ? [] : [r.event.provenance.source.name])))].sort(compareKeys),
    numbers,
    num_reports: firsts.length,
    num_events: reports.length,
    num_articles: new Set(reports.map((r) => r.event.doc_id)).size,
    num_sources: outlets.length,
    outlets,
    first_report: times[0] ?? null,
    last_report: times.at(-1) ?? null,
    confidence: Math.max(...reports.map((r) => r.event.confidence)),
    reports: reports.map((r) => incidentReport(r, incident)),
  };
}

// The most specific mode most reports agree on ("195 air strike" over "190 attacked").
function chooseCameo(firsts: readonly Report[]): string {
  const tallies = tally(firsts.map((r) => ({ value: r.event.cameo, label: r.event.cameo, outlet: r.outlet })));
  return (tallies.find((t) => !isGeneric(t.value)) ?? tallies[0]).value;
}

function participant(reports: readonly Report[], role: (e: Event) => Event['actor']): IncidentActor | null {
  const named = reports.flatMap((r) => {
    const p = role(r.event);
    return p === null ? [] : [{ value: p, label: p.code ?? `"${p.name}"`, outlet: r.outlet }];
  });
  if (named.length === 0) return null;
  // equal support: the more specific name ("kataib-hezbollah" over "IRQREB" over "IRQ")
  const tallies = tally(named, 'outlets').sort((a, b) => b.outlets.size - a.outlets.size || b.reports - a.reports
    || specificity(b.value.code) - specificity(a.value.code) || compareKeys(a.label, b.label));
  const coded = tallies.filter((t) => t.value.code !== null);
  const best = coded[0] ?? tallies[0];
  const names = tally(named.filter((n) => n.label === best.label).map((n) => ({ ...n, label: n.value.name })));
  const sources = new Set(reports.map((r) => r.outlet)).size;
  return {
    code: best.value.code,
    name: names[0].label,
    reason: `named by ${best.outlets.size} of ${sources} source${sources === 1 ? '' : 's'} (${[...best.outlets].sort(compareKeys).join(', ')})${coded.length === 0 ? '; no code' : ''}`,
    conflict: conflictText([best, ...tallies.filter((t) => t !== best)], 'source'),
  };
}

function specificity(code: string | null): number {
  if (code === null) return 0;
  if (/^[A-Z]{3}$/.test(code)) return 1;
  return /^([A-Z]{3})+$/.test(code) ? 2 : 3;
}

function chooseDate(firsts: readonly Report[]): IncidentDate | null {
  const dated = firsts.filter((r) => r.event.date !== null);
  if (dated.length === 0) return null;
  const rank = Math.min(...dated.map((r) => DATE_RANK.indexOf(r.event.date!.precision)));
  const tallies = tally(dated.filter((r) => DATE_RANK.indexOf(r.event.date!.precision) === rank)
    .map((r) => ({ value: r.event.date!, label: r.event.date!.value, outlet: r.outlet })));
  const best = tallies[0];
  const window = dateWindow(best.value)!;
  const precision = DATE_RANK[rank];
  return {
    value: best.value.value,
    precision,
    start: isoDay(window.start),
    end: isoDay(window.end),
    reason: precision === 'reported'
      ? `no report dates it: publication date, ${says(best.reports)} ${best.value.value}`
      : `most precise (${precision}): ${best.reports} of ${dated.length} dated report${dated.length === 1 ? '' : 's'} say${best.reports === 1 ? 's' : ''} ${best.value.value}`,
    conflict: conflictText(tallies),
  };
}

function chooseLocation(firsts: readonly Report[]): IncidentLocation | null {
  const placed = firsts.flatMap((r) => {
    const point = placePoint(r.event.location);
    return point === null ? [] : [{ r, point, rank: r.event.location!.basis === 'inferred' ? PLACE_RANK.length : PLACE_RANK.indexOf(point.precision) }];
  });
  if (placed.length === 0) return null;
  const rank = Math.min(...placed.map((p) => p.rank));
  const tallies: Tally<(typeof placed)[number]>[] = tally(placed.filter((p) => p.rank === rank)
    .map((p) => ({ value: p, label: p.r.event.location!.name, outlet: p.r.outlet })));
  const { r, point } = tallies[0].value;
  const loc = r.event.location!;
  const how = rank === PLACE_RANK.length ? "no report names a place: the article's country" : `most precise (${point.precision})`;
  return {
    name: loc.name, country: loc.country, lat: loc.lat, lon: loc.lon, id: loc.id ?? null,
    geo_precision: point.precision,
    centroid: point.centroid,
    reason: `${how}: ${tallies[0].reports} of ${placed.length} placed report${placed.length === 1 ? '' : 's'} say${tallies[0].reports === 1 ? 's' : ''} ${loc.name}`,
    conflict: conflictText(tallies),
  };
}

function certaintyOf(firsts: readonly Report[], outletAsserts: readonly Report[]): Pick<Incident, 'certainty' | 'certainty_reason' | 'asserted'> {
  if (outletAsserts.length > 0) {
    const by = [...new Set(outletAsserts.map((r) => r.outlet))].sort(compareKeys);
    return { certainty: 'asserted', asserted: true, certainty_reason: `asserted by ${by.length === 1 ? '1 outlet in its' : `${by.length} outlets, each in its`} own voice (${by.join(', ')})` };
  }
  // a speaker asserting it is, for the outlet, a claim
  const voices = firsts.map((r) => {
    const c = r.event.provenance.certainty;
    return { value: c === 'asserted' ? 'claimed' as const : c, label: c === 'asserted' ? 'claimed' : c, outlet: r.outlet };
  });
  const tallies = tally(voices).sort((a, b) => b.reports - a.reports || CERTAINTY_RANK.indexOf(a.value) - CERTAINTY_RANK.indexOf(b.value));
  const summary = tallies.map((t) => `${t.label} in ${t.reports}`).join(', ');
  return { certainty: tallies[0].value, asserted: false, certainty_reason: `asserted by no outlet: ${summary}` };
}

// The speaker is a party to the event: its actor or target, or another organ of the same state
// ("the Israeli military" about an Israeli air strike).
function isPartisan(e: Event): boolean {
  const source = e.provenance.source;
  if (source === 'outlet' || source.code === null) return false;
  const code = source.code;
  return [e.actor?.code, e.target?.code].some((c) => c != null && sameParty(c, code));
}

function incidentReport(r: Report, incident: LinkedIncident): IncidentReport {
  const e = r.event;
  const link = incident.links.get(r.key) ?? { rule: 'alone' as const, with: null, score: null, checks: [] };
  return {
    key: r.key,
    event_id: r.eventId,
    doc_id: e.doc_id,
    outlet: r.outlet,
    reported_at: r.reportedAt,
    certainty: e.provenance.certainty,
    source: e.provenance.source === 'outlet' ? 'outlet' : e.provenance.source.name,
    date: e.date === null ? null : `${e.date.value} (${e.date.precision})`,
    place: e.location === null ? null : `${e.location.name} (${placePoint(e.location)!.precision})`,
    trigger: e.trigger.text,
    link,
  };
}
