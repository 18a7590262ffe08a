import { openSqlite } from './sqlite/open-sqlite.ts';
import type { Store } from './store.ts';

const POSTGRES = /^postgres(ql)?:\/\//;

export interface OpenOptions {
  /** For commands that only read: a SQLite file that is not there is an error (a mistyped --db would
   *  otherwise be created empty and report 0 events). Commands that store articles leave it off. */
  readonly mustExist?: boolean;
}

/** A path or file: URL → SQLite (the default, one file); postgres://… → PostgreSQL. */
export function openStore(url: string, options: OpenOptions = {}): Promise<Store> {
  // the PostgreSQL client is loaded only for a postgres:// URL (it costs SQLite users start-up time)
  return POSTGRES.test(url) ? import('./postgres/open-postgres.ts').then((m) => m.openPostgres(url)) : openSqlite(url, options);
}

export function isPostgresUrl(url: string): boolean {
  return POSTGRES.test(url);
}
