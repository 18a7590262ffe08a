import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { applyMigrations, currentVersion, MIGRATIONS, openStore } from '../../src/store/index.ts';
import { casefold } from '../../src/store/casefold.ts';
import { EVENT_COLUMNS, eventRow } from '../../src/store/event-row.ts';
import { applyPgMigrations, PG_MIGRATIONS } from '../../src/store/postgres/migrations.ts';
import { SQLITE_V7_PARTICIPANTS } from '../../src/store/participants-schema.ts';
import type { Event } from '../../src/schema/event.ts';
import { actor, makeArticle, makeEvent, tempDir } from './event-factory.ts';
import { PG_URL } from './backends.ts';

// Upgrading a store written before the participants table (SQLite v6, PostgreSQL v5): the migration
// fills the table from record_json, keeps every stored row as it was, and runs once, atomically.
const tmp = tempDir('participants-upgrade');
after(tmp.cleanup);

const turkey = actor('Türkiye', 'TUR', [0, 7]);
const istanbul = actor('İstanbul police', 'TURCOP', [12, 27]);
const greece = actor('Greece', 'GRC', [40, 46]);
const cyprus = actor('Cyprus', 'CYP', [51, 57]);
const EVENTS: readonly Event[] = [
  // "Türkiye and İstanbul police warned Greece and Cyprus."
  makeEvent('old1', { type: 'THREATEN', cameo: '138', actor: turkey, actors: [turkey, istanbul], target: greece, targets: [greece, cyprus] }),
  makeEvent('old1', { actor: actor('Gunmen', null), target: null }),
  makeEvent('old1', { actor: null, target: null }),
];
const ARTICLE = makeArticle('old1', 'Türkiye and İstanbul police warned Greece and Cyprus.');

// The rows the v6/v5 writer stored: articles and events (flat columns + record_json) and names, no participants.
const insertArticle = `INSERT INTO articles (doc_id, content_hash, title, published, url, source_path, text, ingested_at)
  VALUES ('old1', 'hash-old1', 'Old', '2020-03-15', NULL, NULL, '${ARTICLE.text}', '2020-03-15T00:00:00Z')`;
const insertEvent = (numbered: boolean) => `INSERT INTO events (${EVENT_COLUMNS.map(([n]) => n).join(', ')})
  VALUES (${EVENT_COLUMNS.map((_, i) => (numbered ? `$${i + 1}` : '?')).join(', ')})`;

const EXPECTED_ROWS = [
  [1, 'actor', 0, 'TUR', 'Türkiye', casefold('Türkiye')], [1, 'actor', 1, 'TURCOP', 'İstanbul police', casefold('İstanbul police')],
  [1, 'target', 0, 'GRC', 'Greece', 'greece'], [1, 'target', 1, 'CYP', 'Cyprus', 'cyprus'],
  [2, 'actor', 0, null, 'Gunmen', 'gunmen'],
];

describe('participants upgrade (SQLite v6 → v7)', { timeout: 60_000 }, () => {
  const path = join(tmp.dir, 'v6.db');
  let before: { events: unknown[]; articles: unknown[] };

  it('a v6 store opens at v7 with every participant filled from record_json and nothing else changed', async () => {
    const old = new Database(path);
    assert.equal(applyMigrations(old, MIGRATIONS.slice(0, 6)), 6);
    const { lastInsertRowid } = old.prepare(insertArticle).run();
    EVENTS.forEach((e, i) => old.prepare(insertEvent(false)).run(...eventRow(e, Number(lastInsertRowid), i)));
    old.prepare(`INSERT INTO names VALUES ('türkiye'), ('greece'), ('gunmen')`).run();
    before = { events: old.prepare('SELECT * FROM events ORDER BY id').all(), articles: old.prepare('SELECT * FROM articles').all() };
    old.close();

    const store = await openStore(path);
    // The second participants, which v6 kept only inside record_json, are found now.
    assert.deepEqual(await store.queryEvents({ actor: 'TURCOP' }), [EVENTS[0]]);
    assert.deepEqual(await store.queryEvents({ actor: casefold('İstanbul') }), [EVENTS[0]]);
    assert.deepEqual(await store.queryEvents({ target: 'CYP' }), [EVENTS[0]]);
    assert.deepEqual(await store.queryEvents({ dyad: ['CYP', 'TURCOP'] }), [EVENTS[0]]);
    assert.deepEqual(await store.queryEvents({ actor: 'gunm' }), [EVENTS[1]]);
    await store.close();

    const db = new Database(path, { readonly: true });
    assert.equal(currentVersion(db), 7);
    assert.deepEqual(db.prepare('SELECT event_id, role, position, code, name, name_folded FROM participants ORDER BY 1, 2, 3').raw().all(), EXPECTED_ROWS);
    assert.deepEqual(db.prepare('SELECT * FROM events ORDER BY id').all(), before.events);
    assert.deepEqual(db.prepare('SELECT * FROM articles').all(), before.articles);
    const view = db.prepare(`SELECT role, position, code, span_start, span_end FROM actors WHERE event_id = 1 ORDER BY role, position`).raw().all();
    assert.deepEqual(view, [['actor', 0, 'TUR', 0, 7], ['actor', 1, 'TURCOP', 12, 27], ['target', 0, 'GRC', 40, 46], ['target', 1, 'CYP', 51, 57]]);
    db.close();
  });

  it('the migration can run again without duplicating or failing (idempotent)', () => {
    const db = new Database(path);
    db.function('casefold', { deterministic: true }, (v: unknown) => (typeof v === 'string' ? casefold(v) : null));
    db.transaction(() => db.exec(SQLITE_V7_PARTICIPANTS))();
    assert.equal((db.prepare('SELECT count(*) AS n FROM participants').get() as { n: number }).n, EXPECTED_ROWS.length);
    db.close();
  });

  it('a record that cannot be read stops the upgrade whole: still v6, every row kept, one clear error', async () => {
    const broken = join(tmp.dir, 'broken.db');
    const old = new Database(broken);
    applyMigrations(old, MIGRATIONS.slice(0, 6));
    const { lastInsertRowid } = old.prepare(insertArticle).run();
    old.prepare(insertEvent(false)).run(...eventRow(EVENTS[0], Number(lastInsertRowid), 0));
    old.prepare(`UPDATE events SET record_json = '{"actor": {' WHERE id = 1`).run();
    old.close();
    await assert.rejects(openStore(broken), (error: Error) => error.message.startsWith(`${broken}: `) && /JSON/i.test(error.message));
    const db = new Database(broken, { readonly: true });
    assert.equal(currentVersion(db), 6);
    assert.equal((db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n, 1);
    assert.equal(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'participants'`).get(), undefined);
    db.close();
  });
});

describe('participants upgrade (PostgreSQL v5 → v6)', { skip: PG_URL ? false : 'EVENTLENS_PG_URL is not set', timeout: 60_000 }, () => {
  const schema = `participants_up${process.pid}`;
  const url = (): string => {
    const u = new URL(PG_URL ?? 'postgres://unset');
    u.searchParams.set('schema', schema);
    return u.toString();
  };
  let client: pg.Client;
  before(async () => {
    client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE; CREATE SCHEMA "${schema}"`);
  });
  after(async () => {
    await client?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client?.end();
  });

  it('a v5 store opens at v6 with every participant, non-ASCII names folded as the writer folds them', async () => {
    const pool = new pg.Pool({ connectionString: PG_URL, max: 1, options: `-c search_path=${schema}` });
    try {
      assert.equal(await applyPgMigrations(pool, PG_MIGRATIONS.slice(0, 5)), 5);
      const { rows } = await pool.query<{ id: string }>(`${insertArticle} RETURNING id`);
      for (const [i, e] of EVENTS.entries()) await pool.query(insertEvent(true), eventRow(e, Number(rows[0].id), i));
    } finally {
      await pool.end();
    }
    const before = (await client.query(`SELECT * FROM "${schema}".events ORDER BY id`)).rows;

    const store = await openStore(url());
    assert.deepEqual(await store.queryEvents({ actor: 'TURCOP' }), [EVENTS[0]]);
    assert.deepEqual(await store.queryEvents({ actor: casefold('İstanbul') }), [EVENTS[0]]);
    assert.deepEqual(await store.queryEvents({ dyad: ['CYP', 'TURCOP'] }), [EVENTS[0]]);
    assert.deepEqual((await store.listActors({ text: 'cypr' })).map((a) => [a.code, a.events]), [['CYP', 1]]);
    await store.close();

    const version = await client.query(`SELECT max(version) AS v FROM "${schema}".schema_version`);
    assert.equal(version.rows[0].v, 6);
    const participants = await client.query({ text: `SELECT event_id::int, role, position, code, name, name_folded FROM "${schema}".participants ORDER BY 1, 2, 3`, rowMode: 'array' });
    assert.deepEqual(participants.rows, EXPECTED_ROWS);
    assert.deepEqual((await client.query(`SELECT * FROM "${schema}".events ORDER BY id`)).rows, before);
  });
});
