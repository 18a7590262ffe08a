import { Event } from '../schema/event.ts';
import { actorsQuery } from './actors-query.ts';
import { orderBy, paging } from './event-order.ts';
import { eventWhere } from './event-where.ts';
import type { SqlDriver, Writer } from './sql-driver.ts';
import { statsQuery, statsRows } from './stats-query.ts';
import type { ArticleHit, EventFilter, ScannedEvent, Store, StoredArticle } from './store.ts';
import { parseTextQuery } from './text-query.ts';

const PAGE = 2000;

// The Store port over any SQL backend: queries are built once, from the dialect, and run through the
// driver; only writing is the backend's own.
export function sqlStore(url: string, backend: Store['backend'], driver: SqlDriver, writer: Writer): Store {
  const { dialect } = driver;
  const count = async (sql: string, params: readonly (string | number | null)[] = []): Promise<number> =>
    Number((await driver.all<{ n: number }>(sql, params))[0]?.n ?? 0);

  function parseEvent(row: { id: number; record_json: string }): Event {
    const parsed = Event.safeParse(JSON.parse(row.record_json));
    // A stored record that no longer fits the schema means the schema changed without a migration.
    if (!parsed.success) throw new Error(`${url}: stored event ${row.id} does not match the Event schema: ${parsed.error.message}`);
    return parsed.data;
  }

  async function* scanEvents(filter: EventFilter = {}): AsyncIterable<ScannedEvent> {
    // Keyset paging on (article, ordinal): constant cost per page, and no cursor held open between pages,
    // so a writer is never blocked by a slow reader of the export.
    let after = { article: 0, ordinal: -1 };
    for (;;) {
      const where = eventWhere(filter, dialect, ['e.article_id >= ? AND (e.article_id > ? OR e.ordinal > ?)']);
      const rows = await driver.all<{ id: number; article_id: number; ordinal: number; record_json: string; title: string | null; published: string | null; url: string | null; ingested_at: string }>(
        `SELECT e.id, e.article_id, e.ordinal, e.record_json, a.title, a.published, a.url, a.ingested_at
         FROM events e JOIN articles a ON a.id = e.article_id ${where.sql}
         ORDER BY e.article_id, e.ordinal LIMIT ?`,
        [after.article, after.article, after.ordinal, ...where.params, PAGE]);
      for (const row of rows) {
        yield {
          event: parseEvent(row),
          ordinal: Number(row.ordinal),
          article: { title: row.title, published: row.published, url: row.url, ingestedAt: row.ingested_at },
        };
      }
      if (rows.length < PAGE) return;
      const last = rows[rows.length - 1];
      after = { article: Number(last.article_id), ordinal: Number(last.ordinal) };
    }
  }

  async function* fingerprints(): AsyncIterable<{ docId: string; simhash: string }> {
    let after = 0;
    for (;;) {
      const rows = await driver.all<{ id: number; doc_id: string; simhash: string }>(
        'SELECT id, doc_id, simhash FROM articles WHERE simhash IS NOT NULL AND id > ? ORDER BY id LIMIT ?', [after, PAGE]);
      for (const row of rows) yield { docId: row.doc_id, simhash: row.simhash };
      if (rows.length < PAGE) return;
      after = Number(rows[rows.length - 1].id);
    }
  }

  return {
    url,
    backend,
    saveArticle: (article, events, meta) => writer.saveArticle(article, events, meta),
    saveMany: (items) => writer.saveMany(items),
    async queryEvents(filter = {}) {
      const where = eventWhere(filter, dialect);
      const { limit, offset } = paging(filter);
      const rows = await driver.all<{ id: number; record_json: string }>(
        `SELECT e.id, e.record_json FROM events e ${where.sql} ${orderBy(filter.sort)} LIMIT ? OFFSET ?`,
        [...where.params, limit, offset]);
      return rows.map(parseEvent);
    },
    async countEvents(filter = {}) {
      const where = eventWhere(filter, dialect);
      return count(`SELECT count(*) AS n FROM events e ${where.sql}`, where.params);
    },
    async stats(query) {
      const { sql, params } = statsQuery(query, dialect);
      return statsRows(await driver.all(sql, params));
    },
    async searchArticles(query) {
      const { limit, offset } = paging(query);
      const { sql, params } = dialect.searchArticles(parseTextQuery(query.text), limit, offset);
      const rows = await driver.all<{ doc_id: string; title: string | null; published: string | null; url: string | null; snippet: string | null; events: number }>(sql, params);
      return rows.map((r): ArticleHit => ({
        docId: r.doc_id, title: r.title, published: r.published, url: r.url, snippet: r.snippet ?? '', events: Number(r.events),
      }));
    },
    async getArticle(docId): Promise<StoredArticle | null> {
      const [row] = await driver.all<{ id: number; doc_id: string; title: string | null; published: string | null; url: string | null; text: string; source_path: string | null; duplicate_of: string | null }>(
        'SELECT id, doc_id, title, published, url, text, source_path, duplicate_of FROM articles WHERE doc_id = ?', [docId]);
      if (row === undefined) return null;
      const events = await driver.all<{ id: number; record_json: string }>(
        'SELECT id, record_json FROM events WHERE article_id = ? ORDER BY ordinal', [row.id]);
      return {
        docId: row.doc_id, title: row.title, published: row.published, url: row.url, text: row.text,
        sourcePath: row.source_path, duplicateOf: row.duplicate_of, events: events.map(parseEvent),
      };
    },
    async listActors(query = {}) {
      const { sql, params } = actorsQuery(query, dialect);
      const rows = await driver.all<{ code: string | null; name: string; n: number }>(sql, params);
      return rows.map((r) => ({ code: r.code, name: r.name, events: Number(r.n) }));
    },
    fingerprints,
    countArticles: () => count('SELECT count(*) AS n FROM articles'),
    close: () => driver.close(),
    scanEvents,
  };
}
