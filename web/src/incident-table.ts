import type { Incident } from '../../src/incidents/index.ts';
import type { IncidentPage } from '../../src/serve/api-types.ts';
import { incidentFigures } from './casualties.ts';
import { fill, formatCount, h } from './dom.ts';
import { pagerControls, type TableHandlers } from './event-table.ts';
import { chipStyle } from './type-colors.ts';

// One page of incidents: a syndicated story told by four outlets is one row here, with "4 reports".

export interface IncidentHandlers extends Omit<TableHandlers, 'select'> {
  readonly select: (incident: Incident) => void;
}

export function renderIncidentTable(body: HTMLElement, pager: HTMLElement, page: IncidentPage, sort: string, selected: string | null, on: IncidentHandlers): void {
  if (page.total === 0) {
    const why = page.unlinked > 0 ? ` ${formatCount(page.unlinked)} matching events are in no incident yet: run eventlens link-incidents.` : '';
    fill(body, h('p', { class: 'note note-empty' }, `No incidents match these filters.${why}`));
    fill(pager);
    return;
  }
  const rows = page.items.map((incident) => h('tr', {
    class: incident.id === selected ? 'event-row incident-row selected' : 'event-row incident-row',
    tabindex: 0,
    'data-key': incident.id,
    'data-type': incident.type,
    onclick: () => on.select(incident),
    onkeydown: (e: KeyboardEvent) => {
      if (e.key === 'Enter') on.select(incident);
    },
  },
  h('td', { class: 'date' }, incident.date ? incident.date.value : '—'),
  h('td', {}, h('span', { class: 'type-chip', style: chipStyle(incident.type) }, incident.type)),
  h('td', { class: 'dyad' }, incident.actor?.name ?? '?', h('span', { class: 'arrow' }, ' → '), incident.target?.name ?? '—'),
  h('td', { class: 'place' }, incident.location ? `${incident.location.name}${incident.location.country ? ` (${incident.location.country})` : ''}` : '—'),
  h('td', { class: 'figures' }, incidentFigures(incident.numbers)),
  h('td', { class: 'num reports' }, String(incident.num_reports)),
  h('td', { class: 'num' }, String(incident.num_sources)),
  h('td', { class: 'claim' }, h('span', { class: `certainty c-${incident.certainty}` }, incident.certainty))));
  fill(body,
    h('table', { class: 'event-table incident-table' },
      h('caption', { class: 'visually-hidden' }, 'incidents: the reports of one real event, linked'),
      h('thead', {}, h('tr', {}, ...['date', 'type', 'actor → target', 'place', 'casualties', 'reports', 'outlets', 'certainty'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, ...rows)),
    page.unlinked > 0 ? h('p', { class: 'note' }, `${formatCount(page.unlinked)} matching events are in no incident yet (eventlens link-incidents).`) : null);
  pagerControls(pager, page, sort, on);
}
