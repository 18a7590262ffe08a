import type { Event as EventRecord } from '../../src/schema/event.ts';
import type { ActorCount, StoredArticle } from '../../src/store/store.ts';
import type { Health, IncidentDetail, IncidentPage, Network, Page, Places, StatsResponse } from '../../src/serve/api-types.ts';
import { apiToken, getJson, isAbort } from './api.ts';
import { byId, fill, formatCount, h } from './dom.ts';
import { renderEscalation } from './escalation.ts';
import { eventKey, renderEventTable } from './event-table.ts';
import { renderEvidence } from './evidence-view.ts';
import { downloadLinks, renderUnitToggle } from './view-controls.ts';
import { renderIncidentTable } from './incident-table.ts';
import { renderIncident } from './incident-view.ts';
import { setupFilters, showFilters } from './filters-form.ts';
import { renderMap } from './world-map.ts';
import { renderNetwork } from './network-graph.ts';
import { PERIOD_MS, periodFilter, slots, type Period } from './periods.ts';
import { panelNote, showError, track } from './status.ts';
import { renderTimeline } from './timeline.ts';
import { setupUpload } from './upload-box.ts';
import { startAlertsPanel } from './alerts-panel.ts';
import { FILTER_KEYS, filterQuery, readState, unknownKeys, writeState, type ViewState } from './url-state.ts';

// a #token=… link: stored for this tab before the URL is rewritten with the view state
apiToken();

// Wiring: the URL holds the view; each panel loads its own data from the API when the part of the
// view it depends on changes, shows "loading…" meanwhile, and an error in place if it fails.

const PAGE = 50;
// More slots than this on the time axis and a bar is a hairline: go to the next coarser period.
const MAX_SLOTS = 180;

let state: ViewState = readState();
/** eventKey of the event in the evidence panel, to mark its row. */
let shownKey: string | null = null;
const controllers = new Map<string, AbortController>();

/** Loads one panel's data: a newer load of the same panel cancels the older one. */
function load<T>(name: string, label: string, body: HTMLElement, fetchIt: (signal: AbortSignal) => Promise<T>, render: (data: T) => void): Promise<T | null> {
  controllers.get(name)?.abort();
  const controller = new AbortController();
  controllers.set(name, controller);
  body.setAttribute('aria-busy', 'true');
  if (!body.firstElementChild || body.querySelector('.note-error')) panelNote(body, 'loading', `loading ${label}…`);
  return track(`loading ${label}`, () => fetchIt(controller.signal))
    .then((data) => {
      if (controller.signal.aborted) return null;
      render(data);
      return data;
    })
    .catch((error: unknown) => {
      if (isAbort(error) || controller.signal.aborted) return null;
      const message = (error as Error).message;
      panelNote(body, 'error', `Could not load ${label}: ${message}`);
      // No count from the previous view may stay beside the error.
      for (const count of body.closest('section')?.querySelectorAll('h2 .count') ?? []) count.textContent = '';
      showError(message);
      return null;
    })
    .finally(() => {
      if (controllers.get(name) === controller) body.removeAttribute('aria-busy');
    });
}

function navigate(next: ViewState, push = true): void {
  const before = state;
  if (writeState(before) === writeState(next)) return;
  state = next;
  if (push) history.pushState(null, '', writeState(next));
  const filtersChanged = JSON.stringify(before.filters) !== JSON.stringify(next.filters);
  if (filtersChanged) {
    showFilters(next.filters);
    loadAll();
    return;
  }
  if (before.unit !== next.unit) {
    loadTimeline();
    loadMap();
  }
  if (before.offset !== next.offset || before.sort !== next.sort || before.unit !== next.unit) loadEvents();
  if (before.dyad !== next.dyad) loadEscalation(null);
  if (JSON.stringify(before.event) !== JSON.stringify(next.event) || before.incident !== next.incident) loadEvidence();
}

function loadAll(): void {
  loadEvents();
  loadTimeline();
  loadMap();
  void loadNetwork().then((network) => loadEscalation(network));
  loadEvidence();
}

const unitParam = (): Record<string, string> => (state.unit === 'incident' ? { unit: 'incident' } : {});

function loadEvents(): void {
  renderUnitToggle(byId('unit-toggle'), state.unit, (unit) => navigate({ ...state, unit, offset: 0 }));
  downloadLinks(byId('downloads'), filterQuery(state.filters, unitParam()), state.unit);
  const query = filterQuery(state.filters, { limit: PAGE, offset: state.offset, sort: state.sort });
  const handlers = {
    page: (offset: number) => navigate({ ...state, offset }),
    sort: (sort: string) => navigate({ ...state, sort, offset: 0 }),
  };
  if (state.unit === 'incident') {
    void load('events', 'incidents', byId('events-body'), (signal) => getJson<IncidentPage>(`events?${query}&unit=incident`, signal), (page) => {
      fill(byId('events-count'), `${formatCount(page.total)} incidents match`);
      renderIncidentTable(byId('events-body'), byId('pager'), page, state.sort, state.incident, {
        ...handlers,
        select: (incident) => navigate({ ...state, incident: incident.id, event: null }),
      });
    });
    return;
  }
  void load('events', 'events', byId('events-body'), (signal) => getJson<Page<EventRecord>>(`events?${query}`, signal), (page) => {
    fill(byId('events-count'), `${formatCount(page.total)} match`);
    renderEventTable(byId('events-body'), byId('pager'), page, state.sort, shownKey, { ...handlers, select: selectEvent });
  });
}

// The finest period that keeps the axis readable. A by-month table is small even for 100,000
// events and tells the time span; only when days or weeks fit is a second, finer table fetched.
async function statsAtReadablePeriod(extra: Record<string, string>, signal: AbortSignal): Promise<StatsResponse> {
  const monthly = await getJson<StatsResponse>(`stats?${filterQuery(state.filters, { ...extra, period: 'month' })}`, signal);
  const months = slots(monthly.rows.map((r) => r.period), 'month');
  const period: Period | null = months * PERIOD_MS.month / PERIOD_MS.day <= MAX_SLOTS ? 'day'
    : months * PERIOD_MS.month / PERIOD_MS.week <= MAX_SLOTS ? 'week' : null;
  return period === null ? monthly : getJson<StatsResponse>(`stats?${filterQuery(state.filters, { ...extra, period })}`, signal);
}

function loadTimeline(): void {
  void load('timeline', 'the timeline', byId('timeline-body'), (signal) => statsAtReadablePeriod({ by: 'type', ...unitParam() }, signal), (stats) => {
    fill(byId('timeline-period'), `per ${stats.period}`);
    renderTimeline(byId('timeline-body'), stats, (label) => {
      const range = periodFilter(label, stats.period);
      if (range) navigate({ ...state, filters: { ...state.filters, ...range }, offset: 0 });
    });
  });
}

function loadMap(): void {
  void load('map', 'the map', byId('map-body'), (signal) => getJson<Places>(`places?${filterQuery(state.filters, unitParam())}`, signal), (places) => {
    fill(byId('map-count'), `${formatCount(places.items.length)} places, ${places.unit === 'incident' ? 'incidents' : 'events'}`);
    const countries = [...new Set(places.items.flatMap((p) => (p.country ? [p.country] : [])))].sort();
    fill(byId('country-list'), ...countries.map((c) => h('option', { value: c })));
    renderMap(byId('map-body'), places, { place: (place) => navigate({ ...state, filters: { ...state.filters, place }, offset: 0 }) });
  });
}

let dyadChoices: readonly string[] = [];

function loadNetwork(): Promise<Network | null> {
  return load('network', 'the actor network', byId('network-body'), (signal) => getJson<Network>(`network?${filterQuery(state.filters, { edges: 24 })}`, signal), (network) => {
    dyadChoices = network.edges.map((e) => `${e.source},${e.target}`);
    renderNetwork(byId('network-body'), network, {
      actor: (actor) => navigate({ ...state, filters: { ...state.filters, actor }, offset: 0 }),
      dyad: (a, b) => navigate({ ...state, dyad: `${a},${b}` }),
    });
  });
}

function loadEscalation(network: Network | null): void {
  // Without a chosen pair, the busiest one of the network is shown.
  const dyad = state.dyad ?? (network?.edges[0] ? `${network.edges[0].source},${network.edges[0].target}` : dyadChoices[0] ?? null);
  const select = byId<HTMLSelectElement>('dyad-select');
  const options = [...new Set([...(dyad ? [dyad] : []), ...dyadChoices])];
  fill(select, ...options.map((d) => h('option', { value: d, selected: d === dyad }, d.replace(',', ' ↔ '))));
  select.onchange = () => navigate({ ...state, dyad: select.value });
  if (dyad === null) {
    panelNote(byId('escalation-body'), 'empty', 'No actor pair to chart under these filters.');
    return;
  }
  const label = dyad.replace(',', ' ↔ ');
  void load('escalation', 'the escalation series', byId('escalation-body'), (signal) => statsAtReadablePeriod({ by: 'none', dyad }, signal),
    (stats) => renderEscalation(byId('escalation-body'), stats, label));
}

function markRow(key: string | null): void {
  shownKey = key;
  for (const row of document.querySelectorAll('tr.event-row')) row.classList.toggle('selected', key !== null && row.getAttribute('data-key') === key);
}

function articleLoad(docId: string, render: (article: StoredArticle) => void): void {
  void load('evidence', 'the article', byId('evidence-body'), (signal) => getJson<StoredArticle>(`articles/${encodeURIComponent(docId)}`, signal), render);
}

// A row was clicked: the URL gets the event's position in its article, which the article tells.
function selectEvent(event: EventRecord): void {
  const key = eventKey(event);
  markRow(key);
  articleLoad(event.doc_id, (article) => {
    const at = Math.max(0, article.events.findIndex((e) => eventKey(e) === key));
    state = { ...state, event: { docId: event.doc_id, at }, incident: null };
    history.pushState(null, '', writeState(state));
    renderEvidence(byId('evidence-body'), event, article);
  });
}

// The URL names an event (a shared link, back/forward).
function loadEvidence(): void {
  const incident = state.incident;
  if (incident !== null && state.event === null) {
    markRow(incident);
    void load('evidence', 'the incident', byId('evidence-body'), (signal) => getJson<IncidentDetail>(`incidents/${encodeURIComponent(incident)}`, signal),
      (detail) => renderIncident(byId('evidence-body'), detail, (docId, at) => navigate({ ...state, event: { docId, at }, incident: null })));
    return;
  }
  const selected = state.event;
  if (selected === null) {
    markRow(null);
    return;
  }
  articleLoad(selected.docId, (article) => {
    const event = article.events[selected.at];
    if (!event) {
      panelNote(byId('evidence-body'), 'error', `The article ${selected.docId} has no event number ${selected.at}.`);
      return;
    }
    markRow(eventKey(event));
    renderEvidence(byId('evidence-body'), event, article);
  });
}

function start(): void {
  document.body.setAttribute('data-started', '');
  setupFilters(byId<HTMLFormElement>('filters'), (filters) => navigate({ ...state, filters, offset: 0 }));
  showFilters(state.filters);
  setupUpload(byId<HTMLFormElement>('upload-form'), byId('upload-result'), {
    show: (event, coded) => {
      state = { ...state, event: { docId: event.doc_id, at: coded.events.indexOf(event) }, incident: null };
      markRow(eventKey(event));
      history.pushState(null, '', writeState(state));
      renderEvidence(byId('evidence-body'), event, coded.article);
    },
    stored: () => {
      loadAll();
      loadSummary();
    },
  });
  window.addEventListener('popstate', () => navigate(readState(), false));
  for (const problem of unknownKeys()) showError(`the address: ${problem} (ignored; the filters are ${FILTER_KEYS.join(', ')})`);
  // The server answers one query at a time: the event table first, the suggestions last.
  loadAll();
  loadSummary();
  void getJson<{ items: ActorCount[] }>('actors?limit=300')
    .then(({ items }) => fill(byId('actor-list'), ...items.map((a) => h('option', { value: a.code ?? a.name }, `${a.name} (${a.events})`))))
    .catch(() => {});
}

function loadSummary(): void {
  void track('loading counts', () => getJson<Health>('health'))
    .then((health) => fill(byId('summary'), `${formatCount(health.events)} events from ${formatCount(health.articles)} articles`))
    .catch((error: unknown) => {
      fill(byId('summary'), 'the server does not answer');
      showError((error as Error).message);
    });
}

window.addEventListener('error', (e) => showError(`page error: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => showError(`page error: ${(e.reason as Error)?.message ?? String(e.reason)}`));

start();
startAlertsPanel();
