import type { CodeSet, SeriesFilter } from '../watch/touched-series.ts';
import type { SqlValue } from './dialect.ts';

// A SeriesFilter as a WHERE clause on the incidents table's flat columns (the same SQL in SQLite and
// PostgreSQL). Codes cut to n characters compare as substr(column, 1, n), as watch/match.ts cuts them.
//   countries SDN, ETH; dyads (length 3) SDN–SSD → (country IN (?, ?) OR (substr(actor_code, 1, 3) = ? AND …))

export function seriesWhere(filter: SeriesFilter): { sql: string; params: SqlValue[] } {
  const alternatives: string[] = [];
  const params: SqlValue[] = [];
  if (filter.countries.length > 0) {
    alternatives.push(`country IN (${marks(filter.countries.length)})`);
    params.push(...filter.countries);
  }
  for (const set of filter.actors) alternatives.push(codeIn('actor_code', set, params));
  for (const set of filter.targets) alternatives.push(codeIn('target_code', set, params));
  for (const set of filter.dyads) {
    const actor = cut('actor_code', set.length);
    const target = cut('target_code', set.length);
    for (const [a, b] of set.pairs) {
      alternatives.push(`(${actor} = ? AND ${target} = ?)`, `(${actor} = ? AND ${target} = ?)`);
      params.push(a, b, b, a);
    }
  }
  // no series at all: read nothing
  return { sql: alternatives.length === 0 ? '1 = 0' : `(${alternatives.join(' OR ')})`, params };
}

function codeIn(column: string, set: CodeSet, params: SqlValue[]): string {
  params.push(...set.codes);
  return `${cut(column, set.length)} IN (${marks(set.codes.length)})`;
}

function cut(column: string, length: number | undefined): string {
  // an integer from the rule's schema, never user text in the SQL
  return length === undefined ? column : `substr(${column}, 1, ${Math.trunc(length)})`;
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');
