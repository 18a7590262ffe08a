import type { EventFilter } from './store.ts';

export interface SqlQuery {
  readonly sql: string;
  readonly params: readonly (string | number)[];
}

// Name of the SQL function open-store registers: SQLite's lower() folds ASCII only, and actor
// names are not ASCII ("Türkiye", "Côte d'Ivoire").
export const CASEFOLD_FN = 'casefold';

export function casefold(value: string): string {
  return value.toLowerCase();
}

const DATE_PREFIX = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function eventQuery(filter: EventFilter): SqlQuery {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filter.type !== undefined) {
    // PLOVER types are upper case; accept "assault" from a command line.
    where.push('type = ?');
    params.push(filter.type.toUpperCase());
  }
  for (const role of ['actor', 'target'] as const) {
    const value = filter[role];
    if (value === undefined) continue;
    // instr, not LIKE: a name containing % or _ must match literally.
    where.push(`(${role}_code = ? OR instr(${CASEFOLD_FN}(${role}_name), ?) > 0)`);
    params.push(value, casefold(value));
  }
  if (filter.since !== undefined) {
    // For "2020-03", every value >= "2020-03" starts with 2020-03 or comes later, so a plain
    // comparison is already the prefix comparison.
    where.push('date_value >= ?');
    params.push(datePrefix('since', filter.since));
  }
  if (filter.until !== undefined) {
    // until "2020-03" must include "2020-03-31"; U+FFFF sorts after every digit and '-', so
    // "2020-03\uFFFF" is the end of March while the index on date_value stays usable.
    where.push('date_value <= ?');
    params.push(`${datePrefix('until', filter.until)}\uFFFF`);
  }
  if (filter.certainty !== undefined) {
    where.push('certainty = ?');
    params.push(filter.certainty);
  }
  let sql = 'SELECT id, record_json FROM events';
  if (where.length > 0) sql += ` WHERE ${where.join(' AND ')}`;
  sql += ' ORDER BY date_value ASC NULLS LAST, id ASC';
  if (filter.limit !== undefined || filter.offset !== undefined) {
    // SQLite accepts OFFSET only after LIMIT; -1 means no limit.
    sql += ' LIMIT ? OFFSET ?';
    params.push(count('limit', filter.limit, -1), count('offset', filter.offset, 0));
  }
  return { sql, params };
}

function datePrefix(name: string, value: string): string {
  if (!DATE_PREFIX.test(value)) {
    throw new Error(`invalid ${name} date '${value}' (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
  }
  return value;
}

function count(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`invalid ${name} ${value} (expected a whole number >= 0)`);
  }
  return value;
}
