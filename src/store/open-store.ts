import { openPostgres } from './postgres/open-postgres.ts';
import { openSqlite } from './sqlite/open-sqlite.ts';
import type { Store } from './store.ts';

const POSTGRES = /^postgres(ql)?:\/\//;

/** A path or file: URL → SQLite (the default, one file); postgres://… → PostgreSQL. */
export function openStore(url: string): Promise<Store> {
  return POSTGRES.test(url) ? openPostgres(url) : openSqlite(url);
}

export function isPostgresUrl(url: string): boolean {
  return POSTGRES.test(url);
}
