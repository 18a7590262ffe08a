import type { Dialect, SqlPart } from './dialect.ts';
import { casefold } from './casefold.ts';
import { paging } from './event-order.ts';
import type { ActorQuery } from './store.ts';

// Actors and targets together, one row per code (or per name, for actors without a code), most active
// first. The name shown is the smallest of the names the code was written with, so it is stable.
export function actorsQuery(query: ActorQuery, dialect: Dialect): SqlPart {
  const { limit } = paging({ limit: query.limit });
  const filter = query.text === undefined ? '' : `WHERE r.code = ? OR ${dialect.contains('r.folded')}`;
  const params = query.text === undefined ? [] : [query.text, casefold(query.text)];
  return {
    sql: `SELECT r.code AS code, min(r.name) AS name, count(*) AS n FROM (
        SELECT e.actor_code AS code, e.actor_name AS name, e.actor_name_folded AS folded FROM events e WHERE e.actor_name IS NOT NULL
        UNION ALL
        SELECT e.target_code, e.target_name, e.target_name_folded FROM events e WHERE e.target_name IS NOT NULL
      ) r ${filter}
      GROUP BY r.code, CASE WHEN r.code IS NULL THEN r.folded END
      ORDER BY n DESC, name ASC, code ASC NULLS FIRST LIMIT ?`,
    params: [...params, limit],
  };
}
