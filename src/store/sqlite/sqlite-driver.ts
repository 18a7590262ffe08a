import type { Database, Statement } from 'better-sqlite3';
import type { SqlValue } from '../dialect.ts';
import type { SqlDriver } from '../sql-driver.ts';
import { SQLITE_DIALECT } from './dialect.ts';

const CACHE_SIZE = 200;

// better-sqlite3 is synchronous; the promises only make it fit the port. Statements are prepared once
// per distinct SQL text (a filter combination), which is most of the cost of a small query.
export function sqliteDriver(db: Database): SqlDriver {
  const cache = new Map<string, Statement>();
  const statement = (sql: string): Statement => {
    let stmt = cache.get(sql);
    if (stmt === undefined) {
      if (cache.size >= CACHE_SIZE) cache.clear();
      stmt = db.prepare(sql);
      cache.set(sql, stmt);
    }
    return stmt;
  };
  return {
    dialect: SQLITE_DIALECT,
    all: async <T>(sql: string, params: readonly SqlValue[] = []) => statement(sql).all(...params) as T[],
    close: async () => {
      if (db.open) db.close();
    },
  };
}
