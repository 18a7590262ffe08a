import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { sqlStore } from '../sql-store.ts';
import type { Store } from '../store.ts';
import { applyMigrations } from './migrations.ts';
import { sqliteDriver } from './sqlite-driver.ts';
import { sqliteWriter } from './sqlite-writer.ts';

// Opens (creating if needed) the SQLite file at `url` (a path or a file: URL) and brings its schema up
// to date. ":memory:" gives a throwaway store, for tests and one-shot runs.
// `mustExist`: a missing file is an error instead of a new empty database (read-only commands).
export async function openSqlite(url: string, options: { readonly mustExist?: boolean } = {}): Promise<Store> {
  const path = sqlitePath(url);
  if (path !== ':memory:') checkPath(path, options.mustExist === true);
  let db: Db;
  try {
    db = new Database(path);
  } catch (error) {
    throw new Error(`${path}: cannot open database: ${message(error)}`, { cause: error });
  }
  try {
    // better-sqlite3 opens lazily: the first pragma is where a non-SQLite file is noticed.
    db.pragma('journal_mode = WAL');
    // WAL makes NORMAL durable against application crashes; only a power cut can lose the last commits.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // SQLite's default page cache is 2 MB; a million events with their indexes need more to stay fast
    // (measured: the insert rate halved past a few hundred thousand events without it).
    db.pragma('cache_size = -65536');
    // A second writer (two ingests at once) waits for the first one's batch instead of failing; readers
    // never wait in WAL mode.
    db.pragma('busy_timeout = 30000');
    applyMigrations(db);
  } catch (error) {
    db.close();
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_NOTADB') {
      throw new Error(`${path}: not a SQLite database`, { cause: error });
    }
    throw new Error(`${path}: ${message(error)}`, { cause: error });
  }
  return sqlStore(url, 'sqlite', sqliteDriver(db), sqliteWriter(db));
}

// "file:///abs/events.db" is a URL; "file:events.db" is the relative path SQLite itself accepts.
function sqlitePath(url: string): string {
  if (url.startsWith('file://')) return fileURLToPath(url);
  if (url.startsWith('file:')) return url.slice('file:'.length);
  return url;
}

// better-sqlite3 says "the directory does not exist" without saying which; name the path instead.
function checkPath(path: string, mustExist: boolean): void {
  const dir = dirname(resolve(path));
  const dirStat = statSync(dir, { throwIfNoEntry: false });
  if (dirStat === undefined) throw new Error(`${path}: directory ${dir} does not exist`);
  if (!dirStat.isDirectory()) throw new Error(`${path}: ${dir} is not a directory`);
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory() === true) {
    throw new Error(`${path}: is a directory, expected a database file`);
  }
  if (mustExist && !existsSync(path)) {
    throw new Error(`${path}: no such database (check --db, or create it with eventlens ingest or eventlens demo)`);
  }
}

export function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
