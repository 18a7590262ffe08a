import type pg from 'pg';
import { EVENT_COLUMNS, eventNames, eventRow, type ColumnKind } from '../event-row.ts';
import { PARTICIPANT_COLUMNS, participantRows } from '../participant-rows.ts';
import { failureOf, prepareItem, type PreparedItem } from '../prepare-item.ts';
import type { Writer } from '../sql-driver.ts';
import type { SaveFailure, SaveManyResult, SaveResult } from '../store.ts';

const ARTICLE_COLUMNS = ['doc_id', 'content_hash', 'title', 'published', 'url', 'source_path', 'text', 'ingested_at', 'simhash', 'duplicate_of'];
const SQL_TYPE: Readonly<Record<ColumnKind, string>> = { int: 'bigint', real: 'float8', text: 'text' };
// Events per INSERT (about 1.5 KB each as JSON).
const EVENT_CHUNK = 20_000;

// Many rows go in as one jsonb parameter, an array of row arrays, unpacked by the server: a few round
// trips per batch instead of a few per row. (Measured: node-postgres serialises text[] parameters
// several times slower than JSON.stringify, which made per-column arrays the bottleneck.)
const unpack = (kinds: readonly ColumnKind[], param = 1): string =>
  `SELECT ${kinds.map((kind, i) => `(r->>${i})::${SQL_TYPE[kind]}`).join(', ')} FROM jsonb_array_elements($${param}::jsonb) r`;
const INSERT_ARTICLES = `INSERT INTO articles (${ARTICLE_COLUMNS.join(', ')})
  ${unpack(ARTICLE_COLUMNS.map(() => 'text'))}
  ON CONFLICT DO NOTHING RETURNING id, doc_id, content_hash`;
// The events and their participants in one statement: participant rows ($2) name their event by (article
// id, ordinal), which the events insert returns with the new ids.
const PARTICIPANT_NAMES = PARTICIPANT_COLUMNS.map(([name]) => name);
const INSERT_EVENTS = `WITH inserted AS (
    INSERT INTO events (${EVENT_COLUMNS.map(([name]) => name).join(', ')})
    ${unpack(EVENT_COLUMNS.map(([, kind]) => kind))}
    RETURNING id, article_id, ordinal)
  INSERT INTO participants (event_id, ${PARTICIPANT_NAMES.join(', ')})
  SELECT inserted.id, ${PARTICIPANT_NAMES.map((name) => `p.${name}`).join(', ')}
  FROM (${unpack(['int', 'int', ...PARTICIPANT_COLUMNS.map(([, kind]) => kind)], 2)}) AS p(article_id, ordinal, ${PARTICIPANT_NAMES.join(', ')})
  JOIN inserted USING (article_id, ordinal)`;
// Sorted, so two writers lock new names in the same order and cannot deadlock on them.
const INSERT_NAMES = `INSERT INTO names (folded) SELECT jsonb_array_elements_text($1::jsonb) ON CONFLICT DO NOTHING`;
// Both UNIQUE columns can collide with different rows; the doc_id match is the one the caller means.
const FIND_EXISTING = `SELECT id, doc_id, content_hash FROM articles WHERE doc_id = ANY($1::text[]) OR content_hash = ANY($2::text[])`;

interface ArticleRow { readonly id: string | number; readonly doc_id: string; readonly content_hash: string }

export function pgWriter(pool: pg.Pool): Writer {
  async function transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  // The fast path: every valid item of the batch in two statements (articles, then their events).
  async function writeBatch(client: pg.ClientBase, items: readonly PreparedItem[]): Promise<SaveResult[]> {
    const inserted = (await client.query<ArticleRow>(INSERT_ARTICLES, [JSON.stringify(items.map(articleValues))])).rows;
    const unclaimed = new Map(inserted.map((row) => [`${row.doc_id}\u0000${row.content_hash}`, Number(row.id)]));
    const stored = items.map((item) => {
      const key = `${item.article.id}\u0000${item.hash}`;
      const id = unclaimed.get(key);
      // Two items with one doc_id and text: the first claims the row, the second is its duplicate.
      unclaimed.delete(key);
      return id;
    });
    const missing = items.filter((_, i) => stored[i] === undefined);
    const existing = missing.length === 0 ? [] : (await client.query<ArticleRow>(FIND_EXISTING,
      [missing.map((m) => m.article.id), missing.map((m) => m.hash)])).rows;
    await insertEvents(client, items.flatMap((item, i) => {
      const id = stored[i];
      return id === undefined ? [] : item.events.map((event, ordinal) => ({
        row: eventRow(event, id, ordinal),
        participants: participantRows(event).map((p) => [id, ordinal, ...p]),
      }));
    }));
    const names = [...new Set(items.flatMap((item, i) => (stored[i] === undefined ? [] : item.events.flatMap(eventNames))))].sort();
    if (names.length > 0) await client.query(INSERT_NAMES, [JSON.stringify(names)]);
    return items.map((item, i): SaveResult => {
      const id = stored[i];
      if (id !== undefined) return { status: 'stored', articleId: id, events: item.events.length };
      return { status: 'duplicate', articleId: duplicateOf(item, existing), events: 0 };
    });
  }

  // The careful path, for saveArticle and for a batch the fast path could not write: one item at a time,
  // each inside a SAVEPOINT, so a failing item is rolled back alone.
  async function writeOne(client: pg.ClientBase, item: PreparedItem): Promise<SaveResult> {
    const [result] = await writeBatch(client, [item]);
    return result;
  }

  async function writeEach(client: pg.ClientBase, items: readonly PreparedItem[]): Promise<(SaveResult | SaveFailure)[]> {
    const results: (SaveResult | SaveFailure)[] = [];
    for (const item of items) {
      await client.query('SAVEPOINT item');
      try {
        results.push(await writeOne(client, item));
        await client.query('RELEASE SAVEPOINT item');
      } catch (error) {
        await client.query('ROLLBACK TO SAVEPOINT item');
        results.push(failureOf(item.article.id, error));
      }
    }
    return results;
  }

  return {
    async saveArticle(article, events, meta) {
      const item = prepareItem(article, events, meta);
      return transaction((client) => writeOne(client, item));
    },
    async saveMany(items) {
      const prepared = [...items].map((item): PreparedItem | SaveFailure => {
        try {
          return prepareItem(item.article, item.events, item.meta);
        } catch (error) {
          return failureOf(item.article?.id, error);
        }
      });
      const valid = prepared.filter((p): p is PreparedItem => !('status' in p));
      let written: readonly (SaveResult | SaveFailure)[] = [];
      if (valid.length > 0) {
        try {
          written = await transaction((client) => writeBatch(client, valid));
        } catch {
          // Something only the database could see (a NUL byte in a text, a deadlock): redo item by item,
          // which names the item that fails and keeps the others.
          written = await transaction((client) => writeEach(client, valid));
        }
      }
      let next = 0;
      return prepared.map((p): SaveManyResult => ('status' in p ? p : written[next++]));
    },
  };
}

function articleValues(item: PreparedItem): (string | null)[] {
  const { article } = item;
  return [article.id, item.hash, article.title, article.published, article.url ?? null, item.sourcePath, article.text,
    item.ingestedAt, item.simhash, item.duplicateOf];
}

interface EventRows { readonly row: readonly unknown[]; readonly participants: readonly (readonly unknown[])[] }

async function insertEvents(client: pg.ClientBase, events: readonly EventRows[]): Promise<void> {
  for (let start = 0; start < events.length; start += EVENT_CHUNK) {
    const chunk = events.slice(start, start + EVENT_CHUNK);
    await client.query(INSERT_EVENTS, [JSON.stringify(chunk.map((e) => e.row)), JSON.stringify(chunk.flatMap((e) => e.participants))]);
  }
}

function duplicateOf(item: PreparedItem, existing: readonly ArticleRow[]): number {
  const sameId = existing.find((row) => row.doc_id === item.article.id);
  const sameText = existing.filter((row) => row.content_hash === item.hash).sort((a, b) => Number(a.id) - Number(b.id))[0];
  const row = sameId ?? sameText;
  if (row === undefined) throw new Error(`article ${item.article.id}: neither stored nor found as a duplicate`);
  return Number(row.id);
}
