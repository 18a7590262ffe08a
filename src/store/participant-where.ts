import { casefold } from './casefold.ts';
import type { Dialect, SqlPart } from './dialect.ts';

// Actor, target, dyad and country conditions on the `participants` table: an event matches when ANY of
// its participants in the role does, not only the primary one ("Chad and Cameroon deployed forces" is
// found by --actor CMR). Each is `e.id IN (…)` over unions and intersections of (role, code) and (role,
// name_folded) index ranges, except that PostgreSQL gets the dyad and the country as a correlated EXISTS
// (dialect.participantFilters): given the set form it built and hashed every range first, while an EXISTS
// becomes a semi-join it costs from its code statistics.

// U+FFFF sorts after every character our codes contain: [p, p + END) is "starts with p" as a range.
const END = '\uFFFF';

// CAMEO actor codes are 3-letter blocks, most general first: USA, USAGOV, USAMIL, USAMILSPEC. A code
// filter names the block and everything under it ("USA" matches USAMIL; "USAMIL" matches USAMILSPEC but
// not USAGOV). Group ids ("kataib-hezbollah") and anything else not in that shape match exactly.
const BLOCK_CODE = /^(?:[A-Z]{3})+$/;

export function codeMatch(column: string, value: string): SqlPart {
  if (!BLOCK_CODE.test(value)) return { sql: `${column} = ?`, params: [value] };
  return { sql: `(${column} >= ? AND ${column} < ?)`, params: [value, value + END] };
}

/** Some participant in `role` has the code (or a code under it) or a name containing `value`. */
export function roleCondition(role: 'actor' | 'target', value: string, dialect: Dialect): SqlPart {
  // A UNION, not an OR: under an OR SQLite reads every participant of the role instead of two index ranges.
  // PostgreSQL too: as an EXISTS it cannot estimate the names lookup and, under a LIMIT, walked events by
  // date for a rare name (100k events: 2 -> 270 ms), though it made a common code faster (50 -> 7 ms).
  const code = codeMatch('p.code', value);
  return {
    sql: `e.id IN (SELECT p.event_id FROM participants p WHERE p.role = '${role}' AND ${code.sql}
      UNION SELECT p.event_id FROM participants p WHERE p.role = '${role}' AND ${dialect.isNameContaining('p.name_folded')})`,
    params: [...code.params, casefold(value)],
  };
}

/** Some actor is one side and some target the other, in either direction. */
export function dyadCondition(a: string, b: string, dialect: Dialect): SqlPart {
  if (dialect.participantFilters === 'exists') return dyadExists(a, b);
  // Each direction intersects two index ranges (actors under x, targets under y). Measured on SQLite this is
  // twice as fast as probing each actor's targets, and a join left to SQLite's planner was 100x slower.
  const side = (role: 'actor' | 'target', code: string): SqlPart => {
    const match = codeMatch('code', code);
    return { sql: `SELECT event_id FROM participants WHERE role = '${role}' AND ${match.sql}`, params: match.params };
  };
  const pair = (x: string, y: string, alias: string): SqlPart => {
    const [actors, targets] = [side('actor', x), side('target', y)];
    return {
      sql: `SELECT ${alias}.event_id FROM (${actors.sql} INTERSECT ${targets.sql}) ${alias}`,
      params: [...actors.params, ...targets.params],
    };
  };
  const [ab, ba] = [pair(a, b, 'ab'), pair(b, a, 'ba')];
  return { sql: `e.id IN (${ab.sql} UNION ${ba.sql})`, params: [...ab.params, ...ba.params] };
}

/** The event happens in the country (ISO alpha-3), or some actor or target has a code under it. */
export function countryCondition(iso: string, dialect: Dialect): SqlPart {
  if (dialect.participantFilters === 'exists') {
    return {
      sql: `(e.country = ? OR ${exists(`p.role IN ('actor', 'target') AND p.code >= ? AND p.code < ?`)})`,
      params: [iso, iso, iso + END],
    };
  }
  // A UNION of two index reads, not an OR (which SQLite answers by reading every event).
  return {
    sql: `e.id IN (SELECT c.id FROM events c WHERE c.country = ?
      UNION SELECT p.event_id FROM participants p WHERE p.role IN ('actor', 'target') AND p.code >= ? AND p.code < ?)`,
    params: [iso, iso, iso + END],
  };
}

function exists(condition: string): string {
  return `EXISTS (SELECT 1 FROM participants p WHERE p.event_id = e.id AND ${condition})`;
}

// One semi-join of this event's actors with its targets: PostgreSQL reads each side's two code ranges
// (BitmapOr) and hash-joins them on event_id.
function dyadExists(a: string, b: string): SqlPart {
  const [aa, at, ba, bt] = [codeMatch('pa.code', a), codeMatch('pt.code', b), codeMatch('pa.code', b), codeMatch('pt.code', a)];
  return {
    sql: `EXISTS (SELECT 1 FROM participants pa JOIN participants pt ON pt.event_id = pa.event_id AND pt.role = 'target'
      WHERE pa.event_id = e.id AND pa.role = 'actor' AND ((${aa.sql} AND ${at.sql}) OR (${ba.sql} AND ${bt.sql})))`,
    params: [...aa.params, ...at.params, ...ba.params, ...bt.params],
  };
}
