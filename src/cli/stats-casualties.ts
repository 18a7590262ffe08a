import { eventParticipants } from '../schema/event-participants.ts';
import type { Incident } from '../incidents/index.ts';
import type { Event } from '../schema/event.ts';
import { periodOf } from '../store/incidents-query.ts';
import type { StatsQuery, StatsRow } from '../store/index.ts';

// Casualty sums for `eventlens stats`, per row of the table: killed, injured and arrested, each the sum of
// the lower bounds the reports give ("at least 12" counts 12, "dozens" its minimum). By report, a story
// told by four outlets counts four times: `--unit incident` sums each incident's reconciled figure once.

export interface CasualtySums {
  killed: number;
  injured: number;
  arrested: number;
}

export type CasualtyRow = StatsRow & CasualtySums;

const zero = (): CasualtySums => ({ killed: 0, injured: 0, arrested: 0 });
const rowId = (period: string, key: string) => `${period}\u0000${key}`;

/** The same keys as store.stats: the type, the dyad "actor→target" (code, else name, else —), or ''. */
function keyOf(by: StatsQuery['by'], type: string, actor: string | null, target: string | null): string {
  return by === 'type' ? type : by === 'dyad' ? `${actor ?? '—'}→${target ?? '—'}` : '';
}

function eventKeys(by: StatsQuery['by'], e: Event): string[] {
  if (by !== 'dyad') return [keyOf(by, e.type, null, null)];
  const side = (role: 'actor' | 'target') => {
    const refs = eventParticipants(e, role).map((p) => p.code ?? p.name);
    return refs.length > 0 ? refs : [null];
  };
  const targets = side('target');
  return side('actor').flatMap((actor) => targets.map((target) => keyOf(by, e.type, actor, target)));
}

export class CasualtyTally {
  private readonly sums = new Map<string, CasualtySums>();
  constructor(private readonly query: Pick<StatsQuery, 'period' | 'by'>) {}

  addEvent(e: Event): void {
    if (e.date === null) return;
    // By dyad, as store.stats counts it: once in each actor × target pair of the event.
    for (const key of eventKeys(this.query.by, e)) {
      this.add(periodOf(e.date.value, this.query.period), key, e.numbers?.killed?.min, e.numbers?.injured?.min, e.numbers?.arrested?.min);
    }
  }

  addIncident(i: Incident): void {
    if (i.date === null) return;
    const key = keyOf(this.query.by, i.type, i.actor?.code ?? i.actor?.name ?? null, i.target?.code ?? i.target?.name ?? null);
    this.add(periodOf(i.date.value, this.query.period), key, i.numbers.killed?.value, i.numbers.injured?.value, i.numbers.arrested?.value);
  }

  /** The rows with their sums; by dyad the busiest pairs of each period first. */
  rows(rows: readonly StatsRow[]): CasualtyRow[] {
    const out = rows.map((r) => ({ ...r, ...(this.sums.get(rowId(r.period, r.key)) ?? zero()) }));
    return this.query.by === 'dyad' ? byCount(out) : out;
  }

  private add(period: string, key: string, killed = 0, injured = 0, arrested = 0): void {
    const sums = this.sums.get(rowId(period, key)) ?? zero();
    sums.killed += killed;
    sums.injured += injured;
    sums.arrested += arrested;
    this.sums.set(rowId(period, key), sums);
  }
}

/** Periods in order; within a period the largest count first, then the key. */
export function byCount<R extends StatsRow>(rows: readonly R[]): R[] {
  return [...rows].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)));
}
