import { datePrefixProblem } from '../schema/date-prefix.ts';
import { CERTAINTIES, PLOVER_TYPES } from '../schema/event.ts';
import { casefold } from './casefold.ts';
import type { Dialect, SqlPart, SqlValue } from './dialect.ts';
import { nearCondition } from './near.ts';
import { countryCondition, dyadCondition, roleCondition } from './participant-where.ts';
import type { EventFilter } from './store.ts';
import { parseTextQuery } from './text-query.ts';

// EventFilter → the WHERE clause over `events e`, shared by both backends. Every condition is written so
// an index can serve it: ranges rather than LIKE or substr, and name substrings looked up in the small
// `names` table first. Actor, target, dyad and country look at every participant (participant-where.ts).

// U+FFFF sorts after every character our codes and dates contain, so [p, p + END) is "starts with p"
// as a range both databases can answer from an index (PostgreSQL columns are COLLATE "C").
const END = '\uFFFF';

/** `extra`: conditions of the caller's own, ANDed in front. */
export function eventWhere(filter: EventFilter, dialect: Dialect, extra: readonly string[] = []): SqlPart {
  const where: string[] = [...extra];
  const params: SqlValue[] = [];
  const add = (sql: string, ...values: SqlValue[]): void => {
    where.push(sql);
    params.push(...values);
  };
  if (filter.type !== undefined) add('e.type = ?', oneOf('type', filter.type.toUpperCase(), PLOVER_TYPES));
  if (filter.cameoRoot !== undefined) {
    const root = matching('CAMEO root', filter.cameoRoot, /^\d{2}$/, 'two digits, e.g. 19');
    add('e.cameo >= ? AND e.cameo < ?', root, root + END);
  }
  for (const role of ['actor', 'target'] as const) {
    const value = filter[role];
    if (value === undefined) continue;
    const condition = roleCondition(role, value, dialect);
    add(condition.sql, ...condition.params);
  }
  if (filter.dyad !== undefined) {
    const [a, b] = filter.dyad;
    if (!a || !b) throw new Error(`invalid dyad '${filter.dyad.join(',')}' (expected two actor codes)`);
    const condition = dyadCondition(a, b, dialect);
    add(condition.sql, ...condition.params);
  }
  if (filter.place !== undefined) add(`${dialect.placeId('e.record_json')} = ?`, filter.place);
  if (filter.country !== undefined) {
    const condition = countryCondition(matching('country', filter.country.toUpperCase(), /^[A-Z]{3}$/, 'ISO alpha-3, e.g. UKR'), dialect);
    add(condition.sql, ...condition.params);
  }
  if (filter.near !== undefined) {
    const near = nearCondition(filter.near, dialect);
    add(near.sql, ...near.params);
  }
  if (filter.since !== undefined) {
    // For "2020-03", every value >= "2020-03" starts with 2020-03 or comes later, so a plain
    // comparison is already the prefix comparison.
    add('e.date_value >= ?', date('since', filter.since));
  }
  if (filter.until !== undefined) {
    // until "2020-03" must include "2020-03-31".
    add('e.date_value < ?', date('until', filter.until) + END);
  }
  if (filter.certainty !== undefined) add('e.certainty = ?', oneOf('certainty', filter.certainty, CERTAINTIES));
  if (filter.source !== undefined) {
    // NULL source_name means the outlet itself asserts the event.
    if (filter.source === 'outlet') add('e.source_name IS NULL');
    else add(`(e.source_code = ? OR ${dialect.isNameContaining('e.source_name_folded')})`, filter.source, casefold(filter.source));
  }
  if (filter.minConfidence !== undefined) {
    const min = filter.minConfidence;
    if (!(Number.isFinite(min) && min >= 0 && min <= 1)) throw new Error(`invalid min confidence ${min} (expected 0–1)`);
    add('e.confidence >= ?', min);
  }
  if (filter.text !== undefined) {
    const match = dialect.articleMatch('e.article_id', parseTextQuery(filter.text));
    add(match.sql, ...match.params);
  }
  if (filter.docId !== undefined) add('e.article_id = (SELECT id FROM articles WHERE doc_id = ?)', filter.docId);
  return { sql: where.length > 0 ? `WHERE ${where.join(' AND ')}` : '', params };
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw new Error(`invalid ${name} '${value}' (one of ${allowed.join(', ')})`);
  return found;
}

function matching(name: string, value: string, pattern: RegExp, expected: string): string {
  if (!pattern.test(value)) throw new Error(`invalid ${name} '${value}' (expected ${expected})`);
  return value;
}

function date(name: 'since' | 'until', value: string): string {
  const problem = datePrefixProblem(value);
  if (problem !== undefined) throw new Error(`invalid ${name} date '${value}': ${problem}`);
  return value;
}
