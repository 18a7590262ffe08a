import { openSqlite } from './sqlite/open-sqlite.ts';
import type { Store } from './store.ts';

const POSTGRES = /^postgres(ql)?:\/\//;

/** A path or file: URL → SQLite (the default, one file); postgres://… → PostgreSQL. */
export function openStore(url: string): Promise<Store> {
  // the PostgreSQL client is loaded only for a postgres:// URL (it costs SQLite users start-up time)
  return POSTGRES.test(url) ? import('./postgres/open-postgres.ts').then((m) => m.openPostgres(url)) : openSqlite(url);
}

export function isPostgresUrl(url: string): boolean {
  return POSTGRES.test(url);
}
