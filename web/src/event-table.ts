import type { Event as EventRecord } from '../../src/schema/event.ts';
import type { Page } from '../../src/serve/api-types.ts';
import { eventFigures } from './casualties.ts';
import { fill, formatCount, h } from './dom.ts';
import { chipStyle } from './type-colors.ts';

// One page of events; the server pages and counts, so 100,000 stored events cost one page here.

export interface TableHandlers {
  readonly select: (event: EventRecord) => void;
  readonly page: (offset: number) => void;
  readonly sort: (sort: string) => void;
}

/** Tells events apart within a page: one trigger can make two events ("attacked X and Y"). */
export function eventKey(event: EventRecord): string {
  return [event.doc_id, event.type, event.trigger.span, event.actor?.span, event.target?.span].join(':');
}

const SORTS: readonly [string, string][] = [
  ['-date', 'newest first'], ['date', 'oldest first'], ['goldstein', 'most hostile first'], ['-goldstein', 'most cooperative first'], ['-confidence', 'most confident first'],
];

export function renderEventTable(
  body: HTMLElement, pager: HTMLElement, page: Page<EventRecord>, sort: string, selected: string | null, on: TableHandlers,
): void {
  if (page.total === 0) {
    fill(body, h('p', { class: 'note note-empty' }, 'No events match these filters. Clear a filter, or code an article below.'));
    fill(pager);
    return;
  }
  const rows = page.items.map((event) => {
    const key = eventKey(event);
    const source = event.provenance.source === 'outlet' ? 'outlet' : event.provenance.source.name;
    const row = h('tr', {
      class: key === selected ? 'event-row selected' : 'event-row',
      tabindex: 0,
      'data-key': key,
      'data-type': event.type,
      onclick: () => on.select(event),
      onkeydown: (e: KeyboardEvent) => {
        if (e.key === 'Enter') on.select(event);
      },
    },
    h('td', { class: 'date' }, event.date?.value ?? '—'),
    h('td', {}, h('span', { class: 'type-chip', style: chipStyle(event.type) }, event.type)),
    h('td', { class: 'dyad' }, event.actor?.name ?? '?', h('span', { class: 'arrow' }, ' → '), event.target?.name ?? '—'),
    h('td', { class: 'place' }, event.location ? `${event.location.name}${event.location.country ? ` (${event.location.country})` : ''}` : '—'),
    h('td', { class: 'trigger' }, event.trigger.text),
    h('td', { class: 'figures' }, eventFigures(event)),
    h('td', { class: 'claim' }, source, ' · ', h('span', { class: `certainty c-${event.provenance.certainty}` }, event.provenance.certainty)),
    h('td', { class: 'num' }, event.goldstein.toFixed(1)));
    return row;
  });
  fill(body, h('table', { class: 'event-table' },
    h('thead', {}, h('tr', {}, ...['date', 'type', 'actor → target', 'place', 'trigger', 'casualties', 'who says so', 'Goldstein'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, ...rows)));

  pagerControls(pager, page, sort, on);
}

export function pagerControls(pager: HTMLElement, page: Page<unknown>, sort: string, on: Pick<TableHandlers, 'page' | 'sort'>): void {
  const last = Math.min(page.offset + page.items.length, page.total);
  const select = h('select', { 'aria-label': 'sort', onchange: () => on.sort(select.value) },
    ...SORTS.map(([value, label]) => h('option', { value, selected: value === sort }, label)));
  fill(pager,
    h('button', { type: 'button', disabled: page.offset === 0, onclick: () => on.page(Math.max(0, page.offset - page.limit)) }, '‹ previous'),
    h('span', { class: 'range' }, `${formatCount(page.offset + 1)}–${formatCount(last)} of ${formatCount(page.total)}`),
    h('button', { type: 'button', disabled: last >= page.total, onclick: () => on.page(page.offset + page.limit) }, 'next ›'),
    select);
}
