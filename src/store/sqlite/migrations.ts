import type { Database } from 'better-sqlite3';

export interface Migration {
  readonly version: number;
  readonly up: string;
}

// Append only: a released migration is never edited, because databases in the field already ran it.
// A schema change is a new entry with the next version number.
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    up: `
      CREATE TABLE articles (
        id           INTEGER PRIMARY KEY,
        doc_id       TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        title        TEXT,
        published    TEXT,
        url          TEXT,
        source_path  TEXT,
        text         TEXT NOT NULL,
        ingested_at  TEXT NOT NULL
      ) STRICT;

      -- The flat columns exist only to filter and sort; record_json is the Event as the coder produced it.
      CREATE TABLE events (
        id             INTEGER PRIMARY KEY,
        article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        ordinal        INTEGER NOT NULL,
        type           TEXT NOT NULL,
        cameo          TEXT NOT NULL,
        goldstein      REAL NOT NULL,
        quad_class     INTEGER NOT NULL,
        actor_code     TEXT,
        actor_name     TEXT,
        target_code    TEXT,
        target_name    TEXT,
        date_value     TEXT,
        date_precision TEXT,
        location_name  TEXT,
        country        TEXT,
        lat            REAL,
        lon            REAL,
        certainty      TEXT NOT NULL,
        source_name    TEXT,
        confidence     REAL NOT NULL,
        record_json    TEXT NOT NULL,
        UNIQUE (article_id, ordinal)
      ) STRICT;

      CREATE INDEX events_type ON events(type);
      CREATE INDEX events_actor_code ON events(actor_code);
      CREATE INDEX events_target_code ON events(target_code);
      CREATE INDEX events_date_value ON events(date_value);
      CREATE INDEX events_article_id ON events(article_id);
    `,
  },
];

export function currentVersion(db: Database): number {
  const row = db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null };
  return row.v ?? 0;
}

// Brings `db` up to the last migration. Each migration and its version row commit together, so a
// migration that fails halfway leaves the database at the previous version, not in between.
export function applyMigrations(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_version (
    version    INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const known = migrations.at(-1)?.version ?? 0;
  const from = currentVersion(db);
  if (from > known) {
    // Running old code on a newer database would write rows the newer schema does not expect.
    throw new Error(`database schema v${from} is newer than this eventlens supports (v${known}); upgrade eventlens`);
  }
  const record = db.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)');
  for (const migration of migrations) {
    if (migration.version <= from) continue;
    db.transaction(() => {
      db.exec(migration.up);
      record.run(migration.version, new Date().toISOString());
    })();
  }
  return currentVersion(db);
}
