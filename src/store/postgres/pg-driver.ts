import type pg from 'pg';
import { numberPlaceholders, type SqlValue } from '../dialect.ts';
import type { SqlDriver } from '../sql-driver.ts';
import { POSTGRES_DIALECT } from './dialect.ts';

export function pgDriver(pool: pg.Pool): SqlDriver {
  let closed = false;
  return {
    dialect: POSTGRES_DIALECT,
    all: async <T>(sql: string, params: readonly SqlValue[] = []) =>
      (await pool.query(numberPlaceholders(sql), [...params])).rows as T[],
    close: async () => {
      // pool.end() throws when called twice; close() may be (a finally after an explicit close).
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
