import type { Dialect } from '../dialect.ts';
import { TS_CONFIG, tsquery } from './tsquery.ts';

const HEADLINE = 'StartSel=[, StopSel=], MaxWords=24, MinWords=8, MaxFragments=1';

export const POSTGRES_DIALECT: Dialect = {
  name: 'postgres',
  numberedPlaceholders: true,
  isoWeek: (column) => `to_char(${column}::date, 'IYYY-"W"IW')`,
  placeId: (column) => `(${column}::jsonb #>> '{location,id}')`,
  least: (a, b) => `least(${a}, ${b})`,
  contains: (column) => `strpos(${column}, ?) > 0`,
  // = ANY(ARRAY(…)), not IN (…): under an OR, PostgreSQL turns only the former into index scans (BitmapOr).
  isNameContaining: (column) => `${column} = ANY (ARRAY(SELECT folded FROM names WHERE strpos(folded, ?) > 0))`,
  participantFilters: 'exists',
  articleMatch: (column, query) => {
    const q = tsquery(query);
    return { sql: `${column} IN (SELECT id FROM articles WHERE tsv @@ ${q.sql})`, params: q.params };
  },
  searchArticles: (query, limit, offset) => {
    const q = tsquery(query);
    // An article stored from its events alone (import) has no text; its title is what matched.
    return {
      sql: `WITH q AS (SELECT ${q.sql} AS q)
        SELECT a.doc_id, a.title, a.published, a.url,
          ts_headline('${TS_CONFIG}', coalesce(nullif(a.text, ''), a.title, ''), q.q, '${HEADLINE}') AS snippet,
          (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events
        FROM articles a, q WHERE a.tsv @@ q.q
        ORDER BY ts_rank(a.tsv, q.q) DESC, a.id LIMIT ? OFFSET ?`,
      params: [...q.params, limit, offset],
    };
  },
};
