import type { Reconciled } from '../../src/incidents/incident.ts';
import type { Event as EventRecord } from '../../src/schema/event.ts';
import type { IncidentDetail } from '../../src/serve/api-types.ts';
import { eventFigures, incidentFigures } from './casualties.ts';
import { fill, h } from './dom.ts';
import { eventSpans, highlightRuns, type Role } from './highlight.ts';
import { chipStyle } from './type-colors.ts';

// One incident in the evidence panel: its fields as reconciled from the reports, each with the reason
// and any conflict; then its reports grouped by outlet, each with its sentence marked (trigger, actor,
// target, date, place) and a button to read it in its article; then why each report was linked.

export function renderIncident(body: HTMLElement, detail: IncidentDetail, openReport: (docId: string, at: number) => void): void {
  const i = detail.incident;
  const field = (label: string, value: string, r: Reconciled | null | undefined) => (r
    ? h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, value, h('div', { class: 'reason' }, r.reason),
      r.conflict ? h('div', { class: 'conflict' }, `conflict: ${r.conflict}`) : null))
    : null);
  const figures = Object.entries(i.numbers).map(([kind, f]) => field(kind === 'size' ? 'crowd' : kind, incidentFigures({ [kind]: f }), f));
  const byOutlet = new Map<string, IncidentDetail['reports'][number][]>();
  for (const r of detail.reports) byOutlet.set(r.report.outlet, [...(byOutlet.get(r.report.outlet) ?? []), r]);

  fill(body,
    h('div', { class: 'evidence-head incident-head', 'data-incident': i.id },
      h('span', { class: 'type-chip', style: chipStyle(i.type) }, i.type),
      h('span', { class: 'cameo' }, ` ${i.id} · CAMEO ${i.cameo} · Goldstein ${i.goldstein} · ${i.num_reports} reports from ${i.num_sources} outlets`)),
    h('p', { class: 'certainty-line' }, h('span', { class: `certainty c-${i.certainty}` }, i.certainty), ` ${i.certainty_reason}`,
      i.claimed_by.length > 0 ? `; attributed to ${i.claimed_by.join(', ')}` : ''),
    h('table', { class: 'facts incident-facts' }, h('tbody', {},
      field('date', i.date ? `${i.date.value} (${i.date.precision}, ${i.date.start}..${i.date.end})` : '', i.date),
      field('place', i.location ? `${i.location.name}${i.location.country ? `, ${i.location.country}` : ''}${i.location.centroid ? ' (centroid)' : ''}` : '', i.location),
      field('actor', i.actor ? `${i.actor.name}${i.actor.code ? ` [${i.actor.code}]` : ''}` : '', i.actor),
      field('target', i.target ? `${i.target.name}${i.target.code ? ` [${i.target.code}]` : ''}` : '', i.target),
      ...figures)),
    h('h3', {}, 'Reports by outlet'),
    ...[...byOutlet].map(([outlet, reports]) => h('section', { class: 'outlet', 'aria-label': `reports from ${outlet}` },
      h('h4', {}, outlet, h('span', { class: 'count' }, ` ${reports.length} report${reports.length === 1 ? '' : 's'}`)),
      h('ol', { class: 'reports' }, ...reports.map(({ report, event }) => h('li', { class: 'report', 'data-key': report.key },
        h('div', { class: 'report-meta' },
          `${report.reported_at ?? ''} · ${report.source === 'outlet' ? report.certainty : `${report.certainty} by ${report.source}`} · ${report.date ?? 'undated'} · ${report.place ?? 'no place'}`,
          event && eventFigures(event) ? h('span', { class: 'figures' }, ` · ${eventFigures(event)}`) : null),
        event ? markedSentence(event) : h('p', { class: 'note' }, `“${report.trigger}” (the event record is missing)`),
        h('button', { type: 'button', class: 'link', onclick: () => openReport(report.doc_id, ordinalOf(report.key)) }, 'read it in the article ›')))))),
    h('details', { class: 'rules explain' }, h('summary', {}, 'why these reports are one incident'), h('pre', {}, detail.explain.join('\n'))));
}

/** The report's sentence with its roles marked (spans shifted to the sentence). */
function markedSentence(event: EventRecord): HTMLElement {
  const [from] = event.evidence.span;
  const sentence = event.evidence.sentence;
  const spans = new Map<Role, readonly [number, number]>();
  for (const [role, [start, end]] of eventSpans(event)) {
    if (role !== 'evidence' && start >= from && end - from <= sentence.length) spans.set(role, [start - from, end - from]);
  }
  return h('p', { class: 'report-sentence' }, ...highlightRuns(sentence, spans).map((run) => (run.roles.length === 0
    ? run.text
    : h('mark', { class: run.roles.map((r) => `role-${r}`).join(' '), title: run.roles.join(', ') }, run.text))));
}

const ordinalOf = (key: string) => Number(key.slice(key.lastIndexOf('#') + 1));
