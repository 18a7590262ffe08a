import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { Statement } from 'better-sqlite3';
import { numberPlaceholders, type SqlValue } from './dialect.ts';
import { sqlAlertStore, type AlertStore } from './alerts-store.ts';
import { parsePgUrl } from './postgres/pg-url.ts';
import type { Store } from './store.ts';
import { packageRequire } from '../paths.ts';

// The alerts table of an open store (its migrations created it), on a connection of its own, as the
// incident index has: the store's connection is not part of the Store port. Close it when done.


export function openAlertStore(store: Pick<Store, 'url' | 'backend'>): AlertStore {
  return store.backend === 'postgres' ? postgres(store.url) : sqlite(store.url);
}

function sqlite(url: string): AlertStore {
  const path = url.startsWith('file://') ? fileURLToPath(url) : url.startsWith('file:') ? url.slice('file:'.length) : url;
  if (path === ':memory:') throw new Error('watch needs a database file or a postgres:// URL, not :memory:');
  const db = new Database(path, { fileMustExist: true });
  db.pragma('busy_timeout = 30000');
  const cache = new Map<string, Statement>();
  return sqlAlertStore({
    all: async <T>(sql: string, params: readonly SqlValue[] = []) => {
      let stmt = cache.get(sql);
      if (stmt === undefined) cache.set(sql, stmt = db.prepare(sql));
      return stmt.all(...params) as T[];
    },
    close: async () => {
      if (db.open) db.close();
    },
  });
}

function postgres(url: string): AlertStore {
  const pg = packageRequire('pg') as typeof import('pg');
  const { connectionString, schema } = parsePgUrl(url);
  const pool = new pg.Pool({ connectionString, max: 2, ...(schema === null ? {} : { options: `-c search_path=${schema}` }) });
  pool.on('error', () => undefined);
  let closed = false;
  return sqlAlertStore({
    all: async <T>(sql: string, params: readonly SqlValue[] = []) => (await pool.query(numberPlaceholders(sql), [...params])).rows as T[],
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  });
}

/** Opens, runs `fn`, closes. */
export async function withAlertStore<T>(store: Pick<Store, 'url' | 'backend'>, fn: (alerts: AlertStore) => Promise<T>): Promise<T> {
  const alerts = openAlertStore(store);
  try {
    return await fn(alerts);
  } finally {
    await alerts.close();
  }
}
