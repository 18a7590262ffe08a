import type { TextQuery } from './text-query.ts';

/** A piece of SQL with its `?` parameters, in order. */
export interface SqlPart {
  readonly sql: string;
  readonly params: readonly SqlValue[];
}

export type SqlValue = string | number | null;

// What differs between the SQL databases, in one place (kysely's Dialect, STYLE §6). Queries are
// written once with `?` placeholders and these fragments; nothing else asks which backend it runs on.
export interface Dialect {
  readonly name: 'sqlite' | 'postgres';
  /** PostgreSQL wants $1, $2…; SQLite takes `?` as written. */
  readonly numberedPlaceholders: boolean;
  /** ISO week ("2020-W11") of a YYYY-MM-DD column. */
  isoWeek(column: string): string;
  /** The stored event's place id (`location.id` of the record JSON) as text. */
  placeId(recordColumn: string): string;
  /** The smaller of two numbers (SQLite min(a, b), PostgreSQL least(a, b)). */
  least(a: string, b: string): string;
  /** True when `column` (already case-folded) contains the `?` parameter, matched literally (no LIKE wildcards). */
  contains(column: string): string;
  /** True when `column` (a folded name) is one of the stored names (table `names`) containing the `?`
   *  parameter: the names are few, so this turns a substring search into index lookups. */
  isNameContaining(column: string): string;
  /** How dyad and country filters are phrased for this planner: 'index-sets' (IN over UNION/INTERSECT of
   *  index ranges: SQLite, which plans without statistics) or 'exists' (correlated EXISTS: PostgreSQL, which
   *  turns it into a semi-join and, unlike the set form, can stop early under a LIMIT). */
  readonly participantFilters: 'index-sets' | 'exists';
  /** `article_id IN (…)`: articles whose title or text match the query. */
  articleMatch(articleIdColumn: string, query: TextQuery): SqlPart;
  /** The full-text search over articles: doc_id, title, published, url, snippet, events; best first. */
  searchArticles(query: TextQuery, limit: number, offset: number): SqlPart;
}

/** Rewrites `?` placeholders as $1, $2… (our SQL has no `?` inside string literals). */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
