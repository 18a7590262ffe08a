import { paging } from './event-order.ts';
import type { IncidentIndex, IncidentSummary } from './incidents-index.ts';
import type { EventFilter, EventSort, StatsQuery, StatsRow, Store } from './store.ts';

// Queries by incident (`--unit incident`): the event filter selects reports, and an incident matches
// when at least one of its reports does ("--actor kataib-hezbollah" finds the incident even where
// other outlets only say "militants"). Sorting, paging and counting use the incident's own fields.

export interface MatchedIncidents {
  readonly summaries: IncidentSummary[];
  /** Matching events that are in no incident yet (stored but not linked). */
  readonly unlinked: number;
}

const PAGING_ONLY = new Set(['sort', 'limit', 'offset']);

export async function matchIncidents(store: Pick<Store, 'scanEvents'>, index: IncidentIndex, filter: EventFilter): Promise<MatchedIncidents> {
  const selects = Object.entries(filter).some(([k, v]) => v !== undefined && !PAGING_ONLY.has(k));
  if (!selects) return { summaries: await index.summaries(), unlinked: await index.countUnlinked() };
  if (store.scanEvents === undefined) throw new Error('this store cannot list events, so it cannot find their incidents');
  const keys: string[] = [];
  for await (const row of store.scanEvents(filter)) keys.push(`${row.event.doc_id}#${row.ordinal}`);
  const ids = await index.incidentIdsOf(keys);
  const distinct = [...new Set(ids.values())];
  return { summaries: await index.summaries(distinct), unlinked: keys.length - ids.size };
}

// As events sort (event-order.ts): undated last, the id breaking ties so pages neither repeat nor skip.
export function sortIncidents(summaries: readonly IncidentSummary[], sort: EventSort = 'date'): IncidentSummary[] {
  const byId = (a: IncidentSummary, b: IncidentSummary) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const byDate = (a: IncidentSummary, b: IncidentSummary, sign: number) =>
    a.date === b.date ? 0 : a.date === null ? 1 : b.date === null ? -1 : sign * (a.date < b.date ? -1 : 1);
  const order: Record<EventSort, (a: IncidentSummary, b: IncidentSummary) => number> = {
    'date': (a, b) => byDate(a, b, 1) || byId(a, b),
    '-date': (a, b) => byDate(a, b, -1) || byId(b, a),
    'goldstein': (a, b) => a.goldstein - b.goldstein || byId(a, b),
    '-goldstein': (a, b) => b.goldstein - a.goldstein || byId(a, b),
    'confidence': (a, b) => a.confidence - b.confidence || byId(a, b),
    '-confidence': (a, b) => b.confidence - a.confidence || byId(a, b),
  };
  return [...summaries].sort(order[sort]);
}

export function pageOf<T>(items: readonly T[], filter: Pick<EventFilter, 'limit' | 'offset'>): T[] {
  const { limit, offset } = paging(filter);
  return items.slice(offset, offset + limit);
}

/** Incident counts per period × type | dyad, as store.stats counts events (same periods, keys and order). */
export function incidentStats(summaries: readonly IncidentSummary[], query: Pick<StatsQuery, 'period' | 'by'>): StatsRow[] {
  const rows = new Map<string, { period: string; key: string; count: number; goldstein: number }>();
  for (const s of summaries) {
    if (s.date === null) continue;
    const period = periodOf(s.date, query.period);
    const key = query.by === 'type' ? s.type : query.by === 'dyad' ? `${s.actor ?? '—'}→${s.target ?? '—'}` : '';
    const id = `${period}\u0000${key}`;
    const row = rows.get(id) ?? { period, key, count: 0, goldstein: 0 };
    row.count++;
    row.goldstein += s.goldstein;
    rows.set(id, row);
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...rows.values()].map((r) => ({ ...r, goldstein: Math.round(r.goldstein * 1000) / 1000 }))
    .sort((a, b) => cmp(a.period, b.period) || cmp(a.key, b.key));
}

// A date coarser than the period keeps its own value, as in store.stats.
export function periodOf(date: string, period: StatsQuery['period']): string {
  if (period === 'month') return date.slice(0, 7);
  if (period === 'day' || date.length !== 10) return date;
  return isoWeek(date);
}

function isoWeek(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - weekday + 3); // the Thursday of this week decides its year
  const year = d.getUTCFullYear();
  const week = 1 + Math.floor((d.getTime() - Date.UTC(year, 0, 1)) / 604_800_000);
  return `${year}-W${String(week).padStart(2, '0')}`;
}
