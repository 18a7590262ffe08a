import type { Dialect } from '../dialect.ts';
import { fts5Match } from './fts5-query.ts';

export const SQLITE_DIALECT: Dialect = {
  name: 'sqlite',
  numberedPlaceholders: false,
  // %G/%V: ISO 8601 year and week (SQLite 3.46+; better-sqlite3 12 bundles a later one).
  isoWeek: (column) => `strftime('%G-W%V', ${column})`,
  placeId: (column) => `json_extract(${column}, '$.location.id')`,
  least: (a, b) => `min(${a}, ${b})`,
  contains: (column) => `instr(${column}, ?) > 0`,
  isNameContaining: (column) => `${column} IN (SELECT folded FROM names WHERE instr(folded, ?) > 0)`,
  participantFilters: 'index-sets',
  articleMatch: (column, query) => ({
    sql: `${column} IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)`,
    params: [fts5Match(query)],
  }),
  searchArticles: (query, limit, offset) => ({
    // bm25() is smaller for better matches; -1 lets snippet() pick the column (title or text) that matched.
    sql: `SELECT a.doc_id, a.title, a.published, a.url,
        snippet(articles_fts, -1, '[', ']', '…', 16) AS snippet,
        (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events
      FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
      WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts), a.id LIMIT ? OFFSET ?`,
    params: [fts5Match(query), limit, offset],
  }),
};
