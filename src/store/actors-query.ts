import type { Dialect, SqlPart, SqlValue } from './dialect.ts';
import { casefold } from './casefold.ts';
import { paging } from './event-order.ts';
import type { ActorQuery } from './store.ts';

// Actors and targets together, one row per code (or per name, for actors without a code), most active
// first. The name shown is the smallest of the names the code was written with, so it is stable.
// A text filter goes into each branch, where the code and name indexes can serve it.
export function actorsQuery(query: ActorQuery, dialect: Dialect): SqlPart {
  const { limit } = paging({ limit: query.limit });
  const params: SqlValue[] = [];
  const branch = (role: 'actor' | 'target'): string => {
    let sql = `SELECT e.${role}_code AS code, e.${role}_name AS name, e.${role}_name_folded AS folded
      FROM events e WHERE e.${role}_name IS NOT NULL`;
    if (query.text !== undefined) {
      sql += ` AND (e.${role}_code = ? OR ${dialect.isNameContaining(`e.${role}_name_folded`)})`;
      params.push(query.text, casefold(query.text));
    }
    return sql;
  };
  return {
    sql: `SELECT r.code AS code, min(r.name) AS name, count(*) AS n FROM (${branch('actor')} UNION ALL ${branch('target')}) r
      GROUP BY r.code, CASE WHEN r.code IS NULL THEN r.folded END
      ORDER BY n DESC, name ASC, code ASC NULLS FIRST LIMIT ?`,
    params: [...params, limit],
  };
}
