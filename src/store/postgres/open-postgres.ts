import pg from 'pg';
import { sqlStore } from '../sql-store.ts';
import type { Store } from '../store.ts';
import { applyPgMigrations } from './migrations.ts';
import { pgDriver } from './pg-driver.ts';
import { displayUrl, parsePgUrl, quoteIdent } from './pg-url.ts';
import { pgWriter } from './pg-writer.ts';

const INT8 = 20;

// Counts and ids come back as JavaScript numbers (bigint would be a string); ours stay far below 2^53.
const TYPES = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === INT8 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

export async function openPostgres(url: string): Promise<Store> {
  const { connectionString, schema } = parsePgUrl(url);
  const pool = new pg.Pool({
    connectionString,
    max: 4,
    types: TYPES,
    ...(schema === null ? {} : { options: `-c search_path=${schema}` }),
  });
  // An idle connection dropped by the server must not take the process down; the next query reconnects.
  pool.on('error', () => undefined);
  try {
    if (schema !== null) await createSchema(pool, schema);
    await applyPgMigrations(pool);
  } catch (error) {
    await pool.end();
    throw new Error(`${displayUrl(url)}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return sqlStore(url, 'postgres', pgDriver(pool), pgWriter(pool));
}

async function createSchema(pool: pg.Pool, schema: string): Promise<void> {
  try {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
  } catch (error) {
    // Two processes creating the same new schema at once: the loser sees a unique violation; it exists now.
    if ((error as { code?: string }).code !== '23505') throw error;
  }
}
