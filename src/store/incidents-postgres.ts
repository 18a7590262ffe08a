import type pg from 'pg';
import { numberPlaceholders, type SqlValue } from './dialect.ts';
import type { IncidentChange, IncidentIndex, IncidentStage } from './incidents-index.ts';
import { INCIDENT_COLUMNS, incidentValues, REPORT_COLUMNS, replacedIds, reportValues, sqlIncidentIndex } from './incidents-sql.ts';
import { parsePgUrl } from './postgres/pg-url.ts';
import { packageRequire } from '../paths.ts';

// The incident index of a PostgreSQL store, on a small pool of its own. A commit is one transaction
// holding an advisory lock, so linkers in several processes take turns; rows go in multi-row INSERTs
// (a rebuild writes 100,000 report rows in a few hundred statements, not 100,000 round trips).

const INT8 = 20;
const ROWS_PER_INSERT = 500;

// Required on first use: loading the client costs every SQLite command ~80 ms of start-up.

export function openPostgresIncidents(url: string): IncidentIndex {
  const pg = packageRequire('pg') as typeof import('pg');
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
    { commit: (expected, change) => commit(pool, expected, change), stage: () => stage(pool) },
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
    return await locked(client, expected, async () => {
      const ids = replacedIds(change);
      if (ids.length > 0) {
        await client.query('DELETE FROM incident_reports WHERE incident_id = ANY($1)', [ids]);
        await client.query('DELETE FROM incidents WHERE id = ANY($1)', [ids]);
      }
      await insertWrites(client, change.write, { incidents: 'incidents', reports: 'incident_reports' }, true);
    });
  } finally {
    client.release();
  }
}

// One transaction under the linkers' advisory lock, if the version is still `expected`.
async function locked(client: pg.PoolClient, expected: number, write: () => Promise<void>): Promise<boolean> {
  await client.query('BEGIN');
  try {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('eventlens-incidents:' || current_schema()))`);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM incident_state WHERE id = 1');
    if (Number(rows[0]?.version) !== expected) {
      await client.query('ROLLBACK');
      return false;
    }
    await write();
    await client.query('UPDATE incident_state SET version = version + 1 WHERE id = 1');
    await client.query('COMMIT');
    return true;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

// The staged rows live in temporary tables of one pooled connection, kept for the rebuild (the other
// serves its reads); they are written outside any transaction, so nothing is locked until the commit.
async function stage(pool: pg.Pool): Promise<IncidentStage> {
  const client = await pool.connect();
  const tables = { incidents: 'staged_incidents', reports: 'staged_reports' };
  let released = false;
  const release = async () => {
    if (released) return;
    released = true;
    try {
      await client.query('DROP TABLE IF EXISTS staged_incidents; DROP TABLE IF EXISTS staged_reports');
    } finally {
      client.release();
    }
  };
  try {
    await client.query('DROP TABLE IF EXISTS staged_incidents; DROP TABLE IF EXISTS staged_reports');
    await client.query('CREATE TEMP TABLE staged_incidents (LIKE incidents); CREATE TEMP TABLE staged_reports (LIKE incident_reports)');
  } catch (error) {
    await release();
    throw error;
  }
  return {
    add: (write) => insertWrites(client, write, tables, false),
    commit: (expected) => locked(client, expected, async () => {
      await client.query('DELETE FROM incident_reports; DELETE FROM incidents');
      await client.query(`INSERT INTO incidents (${INCIDENT_COLUMNS.join(', ')}) SELECT ${INCIDENT_COLUMNS.join(', ')} FROM staged_incidents`);
      await client.query(`INSERT INTO incident_reports (${REPORT_COLUMNS.join(', ')}) SELECT ${REPORT_COLUMNS.join(', ')} FROM staged_reports`);
    }),
    discard: release,
  };
}

async function insertWrites(client: pg.PoolClient, write: IncidentChange['write'], tables: { incidents: string; reports: string }, upsert: boolean): Promise<void> {
  await insertRows(client, tables.incidents, INCIDENT_COLUMNS, upsert ? 'id' : null, write.map((w) => incidentValues(w.incident)));
  await insertRows(client, tables.reports, REPORT_COLUMNS, upsert ? 'event_id' : null, write.flatMap((w) => w.reports.map((r) => reportValues(w.incident.id, r))));
}

/** Multi-row INSERTs; with a key, a row replaces the one with the same key. */
async function insertRows(client: pg.PoolClient, table: string, columns: readonly string[], key: string | null, rows: readonly SqlValue[][]): Promise<void> {
  const updates = columns.filter((c) => c !== key).map((c) => `${c} = excluded.${c}`).join(', ');
  const conflict = key === null ? '' : ` ON CONFLICT (${key}) DO UPDATE SET ${updates}`;
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const batch = rows.slice(i, i + ROWS_PER_INSERT);
    const values = batch.map((row) => `(${row.map(() => '?').join(', ')})`).join(', ');
    await client.query(numberPlaceholders(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}${conflict}`), batch.flat());
  }
}
