import type { StoredAlert } from '../../src/store/alerts-store.ts';
import { getJson, postJson } from './api.ts';
import { fill, h } from './dom.ts';
import './alerts-panel.css';

// The watch alerts panel (docs/watch.md): the latest stored alerts, and each new one as `eventlens
// watch` stores it, live over Server-Sent Events (no reload). Each alert says why it fired, the
// incidents behind it and who says so: all asserted by outlets, only claimed by a party, or mixed.
// Each alert not acknowledged yet has an Acknowledge button (POST /alerts/:id/ack, with the page's
// token, as `eventlens watch ack ID`). It builds its own section, so the page needs only startAlertsPanel().

const SHOWN = 20;

export function startAlertsPanel(container: Element | null = document.querySelector('main.grid')): void {
  if (container === null) return;
  const count = h('span', { class: 'count', id: 'alerts-count' });
  const live = h('span', { class: 'alerts-live', title: 'new alerts appear here as they are stored' }, 'connecting…');
  const list = h('ol', { class: 'alerts-list', id: 'alerts-list', 'aria-live': 'polite' });
  const empty = h('p', { class: 'note' }, 'No alerts yet. `eventlens watch --rules FILE` stores them; they appear here as they fire.');
  container.prepend(h('section', { class: 'panel alerts', 'aria-labelledby': 'alerts-h' },
    h('h2', { id: 'alerts-h' }, 'Alerts ', count, ' ', live), empty, list));

  const shown = new Map<string, HTMLElement>();
  const show = (stored: StoredAlert, fresh: boolean) => {
    if (shown.has(stored.alert.id)) return;
    const item = alertItem(stored, fresh);
    shown.set(stored.alert.id, item);
    list.prepend(item);
    while (list.children.length > SHOWN) list.lastElementChild?.remove();
    empty.hidden = true;
    fill(count, `${shown.size}`);
  };

  void getJson<{ items: StoredAlert[] }>(`alerts?limit=${SHOWN}`)
    .then(({ items }) => { for (const stored of [...items].reverse()) show(stored, false); })
    .catch(() => fill(empty, 'Alerts could not be loaded.'));

  const stream = new EventSource('alerts/stream');
  stream.addEventListener('open', () => fill(live, '● live'));
  stream.addEventListener('error', () => fill(live, 'reconnecting…'));
  stream.addEventListener('alert', (e) => show(JSON.parse((e as MessageEvent<string>).data) as StoredAlert, true));
}

function alertItem({ alert, acked_at }: StoredAlert, fresh: boolean): HTMLElement {
  const who = alert.attribution === 'asserted' ? 'asserted by outlets'
    : alert.attribution === 'claimed' ? 'only claimed by a party' : `${alert.asserted_incidents} asserted, ${alert.claimed_incidents} only claimed`;
  const item = h('li', { class: `alert-item attribution-${alert.attribution}${fresh ? ' fresh' : ''}`, 'data-alert-id': alert.id });
  const state = h('span', { class: 'alert-state', role: 'status' });
  const acked = (at: string) => {
    item.classList.add('acked');
    fill(state, `acknowledged ${at.slice(0, 16).replace('T', ' ')} UTC`);
  };
  let button: HTMLButtonElement | null = null;
  if (acked_at) acked(acked_at);
  else {
    button = h('button', { type: 'button', class: 'alert-ack', 'aria-label': `Acknowledge alert ${alert.rule} ${alert.group}`.trim() }, 'Acknowledge');
    const ack = button;
    ack.addEventListener('click', () => {
      ack.disabled = true;
      postJson<{ acked_at: string | null }>(`alerts/${encodeURIComponent(alert.id)}/ack`, {})
        .then((r) => { ack.remove(); acked(r.acked_at ?? new Date().toISOString()); })
        .catch((error: Error) => { ack.disabled = false; fill(state, `not acknowledged: ${error.message}`); });
    });
  }
  item.append(h('div', { class: 'alert-head' },
      h('time', { datetime: alert.fired_on }, alert.fired_on), ' ',
      h('strong', {}, alert.rule), alert.group === '' ? null : h('span', { class: 'alert-group' }, ` ${alert.group}`), ' ', state, button),
    h('div', { class: 'alert-reason' }, alert.reason),
    h('div', { class: 'alert-who' }, `${alert.incident_ids.length} incident${alert.incident_ids.length === 1 ? '' : 's'}, ${who}`),
    h('details', {},
      h('summary', {}, 'incidents and evidence'),
      h('ul', {}, ...alert.incidents.map((i) => h('li', {},
        `${i.date ?? 'undated'} ${i.type} ${i.actor ?? '—'} → ${i.target ?? '—'}${i.place ? ` in ${i.place}` : ''}${i.killed ? `, ${i.killed} killed` : ''} `,
        h('em', {}, i.attribution === 'asserted' ? '(asserted)' : `(claimed by ${i.claimed_by.join(', ') || 'a party'})`),
        h('ul', {}, ...i.evidence.map((r) => h('li', { class: 'alert-evidence' },
          `${r.outlet}: ${r.source === 'outlet' ? 'in its own voice' : `according to ${r.source}`} — “${r.sentence ?? r.trigger}”`))))))));
  return item;
}
