import type pg from 'pg';
import { pendingMigrations, type Migration } from '../migration.ts';
import { POSTGRES_V1, POSTGRES_V2 } from './schema.ts';
import { POSTGRES_V3_INCIDENTS } from '../incidents-schema.ts';
import { POSTGRES_V4_ALERTS, POSTGRES_V5_RULES } from '../alerts-schema.ts';
import { POSTGRES_V6_PARTICIPANTS } from '../participants-schema.ts';
import { refoldParticipantNames } from './refold-names.ts';

/** A migration with, optionally, work SQL alone cannot do, run in the same transaction after `up`. */
export interface PgMigration extends Migration {
  readonly after?: (client: pg.ClientBase) => Promise<void>;
}

// Append only, like SQLite's list; the version numbers are PostgreSQL's own.
export const PG_MIGRATIONS: readonly PgMigration[] = [
  { version: 1, up: POSTGRES_V1 },
  { version: 2, up: POSTGRES_V2 },
  { version: 3, up: POSTGRES_V3_INCIDENTS },
  { version: 4, up: POSTGRES_V4_ALERTS },
  { version: 5, up: POSTGRES_V5_RULES },
  { version: 6, up: POSTGRES_V6_PARTICIPANTS, after: refoldParticipantNames },
];

const VERSION_TABLE = `CREATE TABLE IF NOT EXISTS schema_version (
  version    integer PRIMARY KEY,
  applied_at text NOT NULL
)`;

export async function pgVersion(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ t: string | null }>(`SELECT to_regclass('schema_version')::text AS t`);
  if (rows[0]?.t == null) return 0;
  const version = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_version');
  return version.rows[0]?.v ?? 0;
}

// One transaction per migration, each holding an advisory lock on the schema: of several processes
// opening a new database at once, one migrates and the others find it done. DDL is transactional in
// PostgreSQL, so a failing migration leaves the previous version whole.
export async function applyPgMigrations(pool: pg.Pool, migrations: readonly PgMigration[] = PG_MIGRATIONS): Promise<number> {
  const client = await pool.connect();
  try {
    // Reading first: an up-to-date database is opened without locks.
    if (pendingMigrations(migrations, await pgVersion(client)).length === 0) return await pgVersion(client);
    for (;;) {
      await client.query('BEGIN');
      try {
        await client.query(`SELECT pg_advisory_xact_lock(hashtext('eventlens-migrate:' || current_schema()))`);
        await client.query(VERSION_TABLE);
        const from = await pgVersion(client);
        const next = pendingMigrations(migrations, from)[0];
        if (next === undefined) {
          await client.query('COMMIT');
          return from;
        }
        await client.query(next.up);
        await next.after?.(client);
        await client.query('INSERT INTO schema_version (version, applied_at) VALUES ($1, $2)', [next.version, new Date().toISOString()]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    client.release();
  }
}
