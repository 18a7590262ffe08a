import type { Dialect, SqlPart } from './dialect.ts';
import { eventWhere } from './event-where.ts';
import type { StatsQuery, StatsRow } from './store.ts';

// A date coarser than the period keeps its own value: "2020-03" (month precision) stays "2020-03" in a
// by-day or by-week table instead of being pinned to the 1st, which would invent a spike on that day.
function periodOf(period: StatsQuery['period'], dialect: Dialect): string {
  switch (period) {
    case 'day': return 'e.date_value';
    case 'month': return 'substr(e.date_value, 1, 7)';
    case 'week': return `CASE WHEN length(e.date_value) = 10 THEN ${dialect.isoWeek('e.date_value')} ELSE e.date_value END`;
    default: throw new Error(`invalid period '${String(period)}' (one of day, week, month)`);
  }
}

// The dyad keeps its direction ("USA→IRN" and "IRN→USA" are two rows); a side without a code shows its name.
// An event counts once in each of its actor × target pairs: "Chad and Cameroon attacked Boko Haram" is a
// row for TCD→NGAREB and one for CMR→NGAREB, each with the event's Goldstein score (so by dyad, the
// counts of a period can add up to more than its events; by type or none each event counts once).
const KEYS: Readonly<Record<StatsQuery['by'], string>> = {
  type: 'e.type',
  dyad: `coalesce(pa.code, pa.name, '—') || '→' || coalesce(pt.code, pt.name, '—')`,
  none: `''`,
};
const PAIRS = `LEFT JOIN participants pa ON pa.event_id = e.id AND pa.role = 'actor'
  LEFT JOIN participants pt ON pt.event_id = e.id AND pt.role = 'target'`;

export function statsQuery(query: StatsQuery, dialect: Dialect): SqlPart {
  const key = KEYS[query.by];
  if (key === undefined) throw new Error(`invalid stats grouping '${String(query.by)}' (one of type, dyad, none)`);
  // Undated events cannot be placed in a period.
  const where = eventWhere(query.filter ?? {}, dialect, ['e.date_value IS NOT NULL']);
  const groupBy = query.by === 'none' ? '1' : '1, 2';
  return {
    sql: `SELECT ${periodOf(query.period, dialect)} AS period, ${key} AS key, count(*) AS n, sum(e.goldstein) AS g
      FROM events e ${query.by === 'dyad' ? PAIRS : ''} ${where.sql} GROUP BY ${groupBy}`,
    params: where.params,
  };
}

export function statsRows(rows: readonly { period: string; key: string; n: number; g: number }[]): StatsRow[] {
  return rows
    // Sums of floats depend on the order of addition; three decimals make both backends agree.
    .map((r) => ({ period: r.period, key: r.key, count: Number(r.n), goldstein: Math.round(Number(r.g) * 1000) / 1000 }))
    .sort((a, b) => compare(a.period, b.period) || compare(a.key, b.key));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
