import type { Database } from 'better-sqlite3';
import { CASEFOLD_FN, casefold } from '../casefold.ts';
import { pendingMigrations, type Migration } from '../migration.ts';
import { SQLITE_V1, SQLITE_V2, SQLITE_V3 } from './schema.ts';
import { SQLITE_V4_INCIDENTS } from '../incidents-schema.ts';
import { SQLITE_V5_ALERTS, SQLITE_V6_RULES } from '../alerts-schema.ts';
import { SQLITE_V7_PARTICIPANTS } from '../participants-schema.ts';

// Append only: a released migration is never edited, because databases in the field already ran it.
// A schema change is a new entry with the next version number.
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, up: SQLITE_V1 },
  { version: 2, up: SQLITE_V2 },
  { version: 3, up: SQLITE_V3 },
  { version: 4, up: SQLITE_V4_INCIDENTS },
  { version: 5, up: SQLITE_V5_ALERTS },
  { version: 6, up: SQLITE_V6_RULES },
  { version: 7, up: SQLITE_V7_PARTICIPANTS },
];

export function currentVersion(db: Database): number {
  const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'`).get();
  if (table === undefined) return 0;
  const row = db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null };
  return row.v ?? 0;
}

// Brings `db` up to the last migration. Each migration and its version row commit together, so a
// migration that fails halfway leaves the database at the previous version, not in between.
export function applyMigrations(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  // Migrations fold names with the same function the writer uses (v2 fills the folded columns).
  db.function(CASEFOLD_FN, { deterministic: true }, (value: unknown) => (typeof value === 'string' ? casefold(value) : null));
  // Reading first: an up-to-date database is opened without taking the write lock, so a reader starting
  // while an ingest writes does not wait for it (or fail with "database is locked").
  if (pendingMigrations(migrations, currentVersion(db)).length === 0) return currentVersion(db);
  // IMMEDIATE takes the write lock before looking again: of two processes opening a new file at once,
  // the second finds the work done.
  db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_version (
      version    INTEGER PRIMARY KEY,
      applied_at TEXT NOT NULL
    ) STRICT`);
  }).immediate();
  const record = db.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)');
  for (const migration of migrations) {
    db.transaction(() => {
      if (currentVersion(db) >= migration.version) return;
      db.exec(migration.up);
      record.run(migration.version, new Date().toISOString());
    }).immediate();
  }
  return currentVersion(db);
}
