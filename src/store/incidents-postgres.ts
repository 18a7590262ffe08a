import { createRequire } from 'node:module';
import type pg from 'pg';
import { numberPlaceholders, type SqlValue } from './dialect.ts';
import type { IncidentChange, IncidentIndex } from './incidents-index.ts';
import { INCIDENT_COLUMNS, incidentValues, REPORT_COLUMNS, replacedIds, reportValues, sqlIncidentIndex } from './incidents-sql.ts';
import { parsePgUrl } from './postgres/pg-url.ts';

// The incident index of a PostgreSQL store, on a small pool of its own. A commit is one transaction
// holding an advisory lock, so linkers in several processes take turns; rows go in multi-row INSERTs
// (a rebuild writes 100,000 report rows in a few hundred statements, not 100,000 round trips).

const INT8 = 20;
const ROWS_PER_INSERT = 500;

// Required on first use: loading the client costs every SQLite command ~80 ms of start-up.
const require = createRequire(import.meta.url);

export function openPostgresIncidents(url: string): IncidentIndex {
  const pg = require('pg') as typeof import('pg');
  const { connectionString, schema } = parsePgUrl(url);
  const pool = new pg.Pool({
    connectionString,
    max: 2,
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        oid === INT8 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
    ...(schema === null ? {} : { options: `-c search_path=${schema}` }),
  });
  pool.on('error', () => undefined);
  let closed = false;
  return sqlIncidentIndex(
    { all: async <T>(sql: string, params: readonly SqlValue[] = []) => (await pool.query(numberPlaceholders(sql), [...params])).rows as T[] },
    { commit: (expected, change) => commit(pool, expected, change) },
    async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  );
}

async function commit(pool: pg.Pool, expected: number, change: IncidentChange): Promise<boolean> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    try {
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('eventlens-incidents:' || current_schema()))`);
      const { rows } = await client.query<{ version: number }>('SELECT version FROM incident_state WHERE id = 1');
      if (Number(rows[0]?.version) !== expected) {
        await client.query('ROLLBACK');
        return false;
      }
      if (change.clear === true) await client.query('DELETE FROM incident_reports; DELETE FROM incidents');
      else {
        const ids = replacedIds(change);
        if (ids.length > 0) {
          await client.query('DELETE FROM incident_reports WHERE incident_id = ANY($1)', [ids]);
          await client.query('DELETE FROM incidents WHERE id = ANY($1)', [ids]);
        }
      }
      await insertRows(client, 'incidents', INCIDENT_COLUMNS, 'id', change.write.map((w) => incidentValues(w.incident)));
      await insertRows(client, 'incident_reports', REPORT_COLUMNS, 'event_id',
        change.write.flatMap((w) => w.reports.map((r) => reportValues(w.incident.id, r))));
      await client.query('UPDATE incident_state SET version = version + 1 WHERE id = 1');
      await client.query('COMMIT');
      return true;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  } finally {
    client.release();
  }
}

async function insertRows(client: pg.PoolClient, table: string, columns: readonly string[], key: string, rows: readonly SqlValue[][]): Promise<void> {
  const updates = columns.filter((c) => c !== key).map((c) => `${c} = excluded.${c}`).join(', ');
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const batch = rows.slice(i, i + ROWS_PER_INSERT);
    const values = batch.map((row) => `(${row.map(() => '?').join(', ')})`).join(', ');
    await client.query(numberPlaceholders(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values} ON CONFLICT (${key}) DO UPDATE SET ${updates}`), batch.flat());
  }
}
