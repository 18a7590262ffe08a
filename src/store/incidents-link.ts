import {
  blockCountry, compareMentions, dateWindow, linkReports, mentionsOf, type ActorHierarchy, type DayWindow, type LinkedIncident,
} from '../incidents/index.ts';
import { loadActorHierarchy } from './incidents-actors.ts';
import { ATTEMPTS, changeOf, summary, type LinkSummary } from './incidents-change.ts';
import type { IncidentIndex, StoredReport } from './incidents-index.ts';
import { rebuild } from './incidents-rebuild.ts';
import { withIncidentIndex } from './open-incidents.ts';
import type { Store } from './store.ts';

// Linking stored events into incidents, incrementally. A new article's events are compared with the
// linked reports that could match (same type and country, overlapping dates: an indexed lookup), the
// incidents they match are loaded whole, and only that neighbourhood is clustered again and written
// back, in one commit. Nothing else in the store is read or recomputed.
//
// Order-dependence that remains: a run re-clusters the new reports with the incidents they link to,
// not with incidents those incidents could have linked to once changed (a second-order effect: a new
// report splitting an incident frees a report that could join a third incident). Such a report stays
// where it was until `eventlens link-incidents --rebuild`, which clusters everything at once. Ids of
// changed incidents are inherited (incident-id.ts), so they can differ between an incremental run
// and a rebuild from nothing, while the groups are the same.

export type { LinkSummary } from './incidents-change.ts';

export interface LinkRunOptions {
  readonly hierarchy?: ActorHierarchy;
}

type LinkStore = Pick<Store, 'url' | 'backend'>;

const PENDING_CHUNK = 200;
const EMPTY: LinkSummary = { events: 0, incidents: 0, created: 0, changed: 0, removed: 0, retries: 0, incidentIds: [] };

/** Links the events of these articles (doc_ids) that are not linked yet. Call it after saving them. */
export async function linkNewEvents(store: LinkStore, docIds: readonly string[], options: LinkRunOptions = {}): Promise<LinkSummary> {
  if (docIds.length === 0) return EMPTY;
  const hierarchy = options.hierarchy ?? loadActorHierarchy();
  return withIncidentIndex(store, (index) => linkArticles(index, docIds, hierarchy));
}

/** Links every stored event not linked yet (after an import, or an ingest that did not link). */
export async function linkPendingEvents(store: LinkStore, options: LinkRunOptions = {}): Promise<LinkSummary> {
  const hierarchy = options.hierarchy ?? loadActorHierarchy();
  return withIncidentIndex(store, async (index) => {
    // nothing linked yet: a rebuild (bounded memory, incidents-rebuild.ts) is faster than article by article
    if (await index.version() === 0) return rebuild(index, hierarchy);
    let total = EMPTY;
    for (let after = 0; ;) {
      const { docIds, last } = await index.unlinkedArticles(after, PENDING_CHUNK);
      if (docIds.length === 0) return total;
      total = add(total, await linkArticles(index, docIds, hierarchy));
      after = last;
    }
  });
}

/** Clusters every stored event again from scratch (ids are kept where the groups allow). */
export async function relinkAll(store: LinkStore, options: LinkRunOptions = {}): Promise<LinkSummary> {
  return withIncidentIndex(store, (index) => rebuild(index, options.hierarchy ?? loadActorHierarchy()));
}

async function linkArticles(index: IncidentIndex, docIds: readonly string[], hierarchy: ActorHierarchy): Promise<LinkSummary> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const version = await index.version();
    const fresh = (await index.reportsOfArticles(docIds)).filter((r) => r.incidentId === null);
    if (fresh.length === 0) return EMPTY;
    const touched = await touchedIncidents(index, fresh, hierarchy);
    const members = touched.length === 0 ? [] : await index.reportsOfIncidents(touched);
    const previous = new Map(members.map((r) => [r.key, r.incidentId!]));
    const reports = [...fresh, ...members];
    let linked = linkReports(reports, { hierarchy, previous });
    // a fresh id can only collide with an incident that lost its anchor report to another incident
    const clashes = await clashingIds(index, linked, new Set(touched));
    if (clashes.size > 0) linked = linkReports(reports, { hierarchy, previous, taken: clashes });
    const change = changeOf(linked, reports, touched, hierarchy);
    if (await index.commit(version, change)) return summary(fresh.length, linked.map((i) => i.id), touched, attempt);
  }
  throw new Error(`incidents: gave up after ${ATTEMPTS} attempts: other linkers kept committing first`);
}

// The incidents a new report links to: candidates by the blocking columns, then the full comparison.
async function touchedIncidents(index: IncidentIndex, fresh: readonly StoredReport[], hierarchy: ActorHierarchy): Promise<string[]> {
  const windows = new Map<string, { type: string; country: string; spans: DayWindow[] }>();
  for (const r of fresh) {
    const w = dateWindow(r.event.date);
    if (w === null) continue;
    const country = blockCountry(r.event, (code) => hierarchy.up.get(code) ?? []);
    const key = `${r.event.type}\u0000${country}`;
    const block = windows.get(key);
    if (block === undefined) windows.set(key, { type: r.event.type, country, spans: [w] });
    else block.spans.push(w);
  }
  const candidates = new Map<number, StoredReport>();
  for (const { type, country, spans } of windows.values()) {
    for (const s of mergedSpans(spans)) for (const c of await index.candidates(type, country, s.start, s.end)) candidates.set(c.rowId, c);
  }
  if (candidates.size === 0) return [];
  const incidentOf = new Map([...candidates.values()].map((c) => [c.key, c.incidentId!]));
  const theirs = mentionsOf([...candidates.values()], hierarchy);
  const touched = new Set<string>();
  for (const m of mentionsOf(fresh, hierarchy)) {
    for (const c of theirs) {
      if (compareMentions(m, c).linked) for (const r of c.reports) touched.add(incidentOf.get(r.key)!);
    }
  }
  return [...touched].sort();
}

// New reports of one block spread over a year ask for the incidents of their own weeks, not of the
// whole year between the first and the last: spans are merged only where they overlap or touch.
function mergedSpans(spans: DayWindow[]): DayWindow[] {
  const out: { start: number; end: number }[] = [];
  for (const w of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    if (last !== undefined && w.start <= last.end + 1) last.end = Math.max(last.end, w.end);
    else out.push({ start: w.start, end: w.end });
  }
  return out;
}

async function clashingIds(index: IncidentIndex, linked: readonly LinkedIncident[], touched: ReadonlySet<string>): Promise<Set<string>> {
  const fresh = linked.map((i) => i.id).filter((id) => !touched.has(id));
  return new Set((await index.incidents(fresh)).map((i) => i.id));
}

function add(a: LinkSummary, b: LinkSummary): LinkSummary {
  return {
    events: a.events + b.events, incidents: a.incidents + b.incidents, created: a.created + b.created,
    changed: a.changed + b.changed, removed: a.removed + b.removed, retries: a.retries + b.retries,
    incidentIds: [...a.incidentIds, ...b.incidentIds],
  };
}
