import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { applyMigrations, currentVersion, MIGRATIONS, openStore } from '../../src/store/index.ts';
import type { Migration } from '../../src/store/index.ts';
import { actor, makeArticle, makeEvent, tempDir } from './event-factory.ts';

const tmp = tempDir('migrations');
after(tmp.cleanup);
let n = 0;
const dbPath = (): string => join(tmp.dir, `m${n++}.db`);

function names(db: Database.Database, type: 'table' | 'index' | 'view'): string[] {
  return (db.prepare(`SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all(type) as { name: string }[]).map((row) => row.name);
}

describe('migrations', () => {
  it('openStore creates the schema, records the version and uses WAL', async () => {
    const path = dbPath();
    await (await openStore(path)).close();
    const db = new Database(path, { readonly: true });
    // Other features (incidents) add their own tables; these are the event store's.
    const has = (type: 'table' | 'index' | 'view', expected: readonly string[]): void => {
      const found = names(db, type);
      assert.deepEqual(expected.filter((n) => !found.includes(n)), [], `missing ${type}s`);
    };
    has('table', ['articles', 'articles_fts', 'events', 'names', 'participants', 'schema_version']);
    has('index', ['events_country', 'events_date_value', 'events_lat', 'events_source_name', 'events_type_date',
      'participants_code', 'participants_name']);
    // The actor/target filters read participants now: the events indexes they used are gone.
    assert.deepEqual(names(db, 'index').filter((n) => ['events_dyad', 'events_target', 'events_actor_name', 'events_target_name'].includes(n)), []);
    has('view', ['actors', 'claims', 'places', 'quotes']);
    assert.equal(currentVersion(db), MIGRATIONS.at(-1)?.version);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    const columns = (db.prepare('PRAGMA table_info(events)').all() as { name: string }[]).map((c) => c.name);
    for (const column of ['source_name', 'source_code', 'actor_name_folded', 'record_json', 'date_value', 'certainty', 'ordinal']) assert.ok(columns.includes(column), column);
    db.close();
  });

  it('reopening does not re-run migrations and keeps the data', async () => {
    const path = dbPath();
    const first = (await openStore(path));
    (await first.saveArticle(makeArticle('kept'), []));
    (await first.close());
    const before = new Database(path, { readonly: true });
    const rowsBefore = before.prepare('SELECT version, applied_at FROM schema_version').all();
    before.close();

    const again = (await openStore(path));
    assert.equal((await again.countArticles()), 1);
    (await again.close());
    const db = new Database(path, { readonly: true });
    assert.deepEqual(db.prepare('SELECT version, applied_at FROM schema_version').all(), rowsBefore);
    assert.equal(rowsBefore.length, MIGRATIONS.length);
    db.close();
  });

  it('an old database gets only the missing migrations, once', async () => {
    const v1: Migration = { version: 1, up: 'CREATE TABLE t (x INTEGER)' };
    const v2: Migration = { version: 2, up: 'INSERT INTO t VALUES (42)' };
    const db = new Database(dbPath());
    assert.equal(applyMigrations(db, [v1]), 1);
    assert.equal(applyMigrations(db, [v1, v2]), 2);
    assert.equal(applyMigrations(db, [v1, v2]), 2);
    assert.deepEqual(db.prepare('SELECT x FROM t').all(), [{ x: 42 }]);
    db.close();
  });

  it('openStore upgrades a database created before the first migration', async () => {
    const path = dbPath();
    const old = new Database(path);
    assert.equal(applyMigrations(old, []), 0);
    old.close();
    const store = (await openStore(path));
    assert.equal((await store.saveArticle(makeArticle('upgraded'), [])).status, 'stored');
    (await store.close());
  });

  it('a failing migration rolls back whole and leaves the previous version', async () => {
    const db = new Database(dbPath());
    const broken: readonly Migration[] = [
      { version: 1, up: 'CREATE TABLE t (x INTEGER)' },
      { version: 2, up: 'CREATE TABLE u (y INTEGER); INSERT INTO missing VALUES (1);' },
    ];
    assert.throws(() => applyMigrations(db, broken), /no such table: missing/);
    assert.equal(currentVersion(db), 1);
    assert.deepEqual(names(db, 'table'), ['schema_version', 't']);
    db.close();
  });

  it('v1 → v2 keeps the rows and fills what v2 adds: folded names, speaker codes, the full-text index', async () => {
    const path = dbPath();
    const old = new Database(path);
    applyMigrations(old, MIGRATIONS.slice(0, 1));
    const event = makeEvent('v1doc', {
      actor: actor('Türkiye', 'TUR'),
      provenance: { source: actor('the ministry', 'TURGOV'), reporting_verb: 'said', certainty: 'claimed', quote: null },
    });
    const { lastInsertRowid } = old.prepare(`INSERT INTO articles (doc_id, content_hash, title, published, url, source_path, text, ingested_at)
      VALUES ('v1doc', 'h', 'Old title', '2020-03-15', NULL, NULL, 'Artillery shelled the border town.', '2020-03-15T00:00:00Z')`).run();
    old.prepare(`INSERT INTO events (article_id, ordinal, type, cameo, goldstein, quad_class, actor_code, actor_name, target_code, target_name,
      date_value, date_precision, location_name, country, lat, lon, certainty, source_name, confidence, record_json)
      VALUES (?, 0, 'ASSAULT', '190', -10, 4, 'TUR', 'Türkiye', 'UKR', 'Ukraine', '2020-03-11', 'day', 'Kharkiv', 'UKR', 49.99, 36.23,
      'claimed', 'the ministry', 0.8, ?)`).run(lastInsertRowid, JSON.stringify(event));
    old.close();
    const store = await openStore(path);
    assert.deepEqual(await store.queryEvents({ actor: 'TÜRK' }), [event]);
    assert.deepEqual(await store.queryEvents({ source: 'TURGOV' }), [event]);
    assert.deepEqual((await store.searchArticles({ text: 'shelling' })).map((h) => h.docId), ['v1doc']);
    await store.close();
  });

  it('refuses a database from a newer version', async () => {
    const path = dbPath();
    await (await openStore(path)).close();
    const db = new Database(path);
    db.prepare('INSERT INTO schema_version VALUES (?, ?)').run(999, new Date().toISOString());
    db.close();
    await assert.rejects(async () => (await openStore(path)), (error: Error) =>
      error.message.includes(path) && error.message.includes('v999 is newer'));
  });
});
