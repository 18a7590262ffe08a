import type { Incident } from '../incidents/index.ts';
import type { EventFilter, EventSort, Store } from '../store/index.ts';
import type { IncidentIndex } from '../store/incidents-index.ts';
import { matchIncidents, pageOf, sortIncidents } from '../store/incidents-query.ts';
import { openIncidentIndex } from '../store/open-incidents.ts';
import type { IncidentPage } from './api-types.ts';

// The server's one handle on the incident tables, opened on first use and closed with the server.
// The filter selects reports; an incident matches when one of its reports does (store/incidents-query.ts).

export interface IncidentAccess {
  index(): IncidentIndex;
  /** The incident tables' commit counter; 0 where the store has none (an in-memory database). */
  version(): Promise<number>;
  close(): Promise<void>;
}

export function incidentAccess(store: Pick<Store, 'url' | 'backend'>): IncidentAccess {
  let opened: IncidentIndex | null = null;
  return {
    index: () => (opened ??= openIncidentIndex(store)),
    version: async () => (store.url === ':memory:' ? 0 : (opened ??= openIncidentIndex(store)).version()),
    close: async () => {
      await opened?.close();
      opened = null;
    },
  };
}

export async function incidentPage(store: Store, index: IncidentIndex, filter: EventFilter,
  page: { readonly sort: EventSort; readonly limit: number; readonly offset: number }): Promise<IncidentPage> {
  const { summaries, unlinked } = await matchIncidents(store, index, filter);
  const ids = pageOf(sortIncidents(summaries, page.sort), page).map((s) => s.id);
  return { unit: 'incident', total: summaries.length, offset: page.offset, limit: page.limit, unlinked, items: await incidentsInOrder(index, ids) };
}

/** Every incident matching the filter, 500 records at a time (for the map and downloads). */
export async function* matchingIncidents(store: Store, index: IncidentIndex, filter: EventFilter): AsyncIterable<Incident> {
  const { summaries } = await matchIncidents(store, index, filter);
  const ids = sortIncidents(summaries).map((s) => s.id);
  for (let i = 0; i < ids.length; i += 500) yield* await incidentsInOrder(index, ids.slice(i, i + 500));
}

async function incidentsInOrder(index: IncidentIndex, ids: readonly string[]): Promise<Incident[]> {
  const byId = new Map((await index.incidents(ids)).map((i) => [i.id, i]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
