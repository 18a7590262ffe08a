import type { Database } from 'better-sqlite3';
import { EVENT_COLUMNS, eventNames, eventRow } from '../event-row.ts';
import { PARTICIPANT_COLUMNS, participantRows } from '../participant-rows.ts';
import { failureOf, prepareItem, type PreparedItem } from '../prepare-item.ts';
import type { Writer } from '../sql-driver.ts';
import type { SaveItem, SaveManyResult, SaveResult } from '../store.ts';

// better-sqlite3 underneath: synchronous prepared statements inside one transaction are the fastest
// way to load SQLite, and nothing else on this connection can run in between.
export function sqliteWriter(db: Database): Writer {
  // ON CONFLICT DO NOTHING covers both UNIQUE columns, so "same doc_id OR same content" is one
  // atomic check; the SELECT then finds which row it collided with.
  const insertArticle = db.prepare(`INSERT INTO articles
      (doc_id, content_hash, title, published, url, source_path, text, ingested_at, simhash, duplicate_of)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT DO NOTHING RETURNING id`);
  // Both columns can collide with different rows; the doc_id match is the one the caller means.
  const findArticle = db.prepare(`SELECT id FROM articles WHERE doc_id = @docId OR content_hash = @hash
      ORDER BY doc_id = @docId DESC, id LIMIT 1`);
  const insertEvent = db.prepare(`INSERT INTO events (${EVENT_COLUMNS.map(([name]) => name).join(', ')})
      VALUES (${EVENT_COLUMNS.map(() => '?').join(', ')})`);
  const insertParticipant = db.prepare(`INSERT INTO participants (event_id, ${PARTICIPANT_COLUMNS.map(([name]) => name).join(', ')})
      VALUES (?, ${PARTICIPANT_COLUMNS.map(() => '?').join(', ')})`);
  const insertName = db.prepare('INSERT OR IGNORE INTO names (folded) VALUES (?)');

  function write(item: PreparedItem): SaveResult {
    const { article } = item;
    const inserted = insertArticle.get(
      article.id, item.hash, article.title, article.published, article.url ?? null,
      item.sourcePath, article.text, item.ingestedAt, item.simhash, item.duplicateOf,
    ) as { id: number } | undefined;
    if (inserted === undefined) {
      const existing = findArticle.get({ docId: article.id, hash: item.hash }) as { id: number };
      return { status: 'duplicate', articleId: existing.id, events: 0 };
    }
    item.events.forEach((event, ordinal) => {
      const eventId = insertEvent.run(...eventRow(event, inserted.id, ordinal)).lastInsertRowid;
      for (const row of participantRows(event)) insertParticipant.run(eventId, ...row);
    });
    for (const name of new Set(item.events.flatMap(eventNames))) insertName.run(name);
    return { status: 'stored', articleId: inserted.id, events: item.events.length };
  }

  const saveOne = db.transaction((item: SaveItem) => write(prepareItem(item.article, item.events, item.meta)));

  // Each item runs in a nested transaction (a SAVEPOINT): a failure rolls back that item only,
  // while the batch still commits once, which is where the throughput comes from.
  const saveBatch = db.transaction((items: Iterable<SaveItem>): SaveManyResult[] => {
    const results: SaveManyResult[] = [];
    for (const item of items) {
      try {
        results.push(saveOne(item));
      } catch (error) {
        results.push(failureOf(item.article?.id, error));
      }
    }
    return results;
  });

  // IMMEDIATE: take the write lock at BEGIN, while waiting for it is still allowed (busy_timeout); a
  // deferred transaction that has read first may be refused the lock instead.
  return {
    saveArticle: async (article, events, meta) => saveOne.immediate({ article, events, meta }),
    saveMany: async (items) => saveBatch.immediate(items),
  };
}
