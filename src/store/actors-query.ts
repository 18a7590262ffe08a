import type { Dialect, SqlPart, SqlValue } from './dialect.ts';
import { casefold } from './casefold.ts';
import { paging } from './event-order.ts';
import type { ActorQuery } from './store.ts';

// Actors and targets together, one row per code (or per name, for actors without a code), most active
// first. Every participant counts, not only the primary one: "Chad and Cameroon deployed forces" counts
// one event for TCD and one for CMR, and an actor that is also a target of one event counts it twice (once
// per role), as before participant lists. The name shown is the smallest of the names the code was
// written with, so it is stable. A text filter goes into each branch, where the (role, code) and
// (role, name_folded) indexes can serve it.
export function actorsQuery(query: ActorQuery, dialect: Dialect): SqlPart {
  const { limit } = paging({ limit: query.limit });
  const params: SqlValue[] = [];
  const branch = (role: 'actor' | 'target'): string => {
    const select = `SELECT p.code AS code, p.name AS name, p.name_folded AS folded FROM participants p WHERE p.role = '${role}'`;
    if (query.text === undefined) return select;
    // Two index reads, not an OR (SQLite answers an OR here by reading every participant of the role);
    // the second leaves out the rows the first already has.
    params.push(query.text, casefold(query.text), query.text);
    return `${select} AND p.code = ?
      UNION ALL ${select} AND ${dialect.isNameContaining('p.name_folded')} AND (p.code IS NULL OR p.code <> ?)`;
  };
  return {
    sql: `SELECT r.code AS code, min(r.name) AS name, count(*) AS n FROM (${branch('actor')} UNION ALL ${branch('target')}) r
      GROUP BY r.code, CASE WHEN r.code IS NULL THEN r.folded END
      ORDER BY n DESC, name ASC, code ASC NULLS FIRST LIMIT ?`,
    params: [...params, limit],
  };
}
