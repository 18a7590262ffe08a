import { casefold } from './casefold.ts';
import type { Dialect, SqlPart } from './dialect.ts';

// Actor, target, dyad and country conditions on the `participants` table: an event matches when ANY of
// its participants in the role does, not only the primary one ("Chad and Cameroon deployed forces" is
// found by --actor CMR). Each is `e.id IN (…)` over the (role, code) or (role, name_folded) index.

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
  const code = codeMatch('p.code', value);
  return {
    sql: `e.id IN (SELECT p.event_id FROM participants p WHERE p.role = '${role}'
      AND (${code.sql} OR ${dialect.isNameContaining('p.name_folded')}))`,
    params: [...code.params, casefold(value)],
  };
}

/** Some actor is one side and some target the other, in either direction. */
export function dyadCondition(a: string, b: string): SqlPart {
  const pair = (x: string, y: string): SqlPart => {
    const [actor, target] = [codeMatch('pa.code', x), codeMatch('pt.code', y)];
    return {
      sql: `SELECT pa.event_id FROM participants pa JOIN participants pt ON pt.event_id = pa.event_id AND pt.role = 'target'
        WHERE pa.role = 'actor' AND ${actor.sql} AND ${target.sql}`,
      params: [...actor.params, ...target.params],
    };
  };
  const [ab, ba] = [pair(a, b), pair(b, a)];
  return { sql: `e.id IN (${ab.sql} UNION ${ba.sql})`, params: [...ab.params, ...ba.params] };
}

/** The event happens in the country (ISO alpha-3), or some actor or target has a code under it. */
export function countryCondition(iso: string): SqlPart {
  return {
    sql: `(e.country = ? OR e.id IN (SELECT p.event_id FROM participants p
      WHERE p.role IN ('actor', 'target') AND p.code >= ? AND p.code < ?))`,
    params: [iso, iso, iso + END],
  };
}
