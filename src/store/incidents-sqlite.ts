import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { Database as Db, Statement } from 'better-sqlite3';
import type { SqlValue } from './dialect.ts';
import type { IncidentChange, IncidentIndex, IncidentStage } from './incidents-index.ts';
import { INCIDENT_COLUMNS, incidentValues, REPORT_COLUMNS, replacedIds, reportValues, sqlIncidentIndex } from './incidents-sql.ts';

// The incident index of a SQLite store, on a connection of its own: the store's connection is not
// part of the Store port. Its commit is one synchronous IMMEDIATE transaction, so no other code of
// this process can run (and wait for the lock) while it holds the write lock.

export function openSqliteIncidents(url: string): IncidentIndex {
  const path = url.startsWith('file://') ? fileURLToPath(url) : url.startsWith('file:') ? url.slice('file:'.length) : url;
  // a second connection to ":memory:" would be a second, empty database
  if (path === ':memory:') throw new Error('incidents need a database file or a postgres:// URL, not :memory:');
  const db = new Database(path, { fileMustExist: true });
  db.pragma('busy_timeout = 30000');
  db.pragma('foreign_keys = ON');
  const cache = new Map<string, Statement>();
  const statement = (sql: string): Statement => {
    let stmt = cache.get(sql);
    if (stmt === undefined) {
      stmt = db.prepare(sql);
      cache.set(sql, stmt);
    }
    return stmt;
  };
  const commit = writer(db);
  return sqlIncidentIndex(
    {
      all: async <T>(sql: string, params: readonly SqlValue[] = []) => statement(sql).all(...params) as T[],
      each: async <T>(sql: string, params: readonly SqlValue[], visit: (row: T) => void) => {
        for (const row of statement(sql).iterate(...params)) visit(row as T);
      },
    },
    { commit: async (expected, change) => commit.immediate(expected, change), stage: async () => stage(db) },
    async () => {
      if (db.open) db.close();
    },
  );
}

function writer(db: Db) {
  const version = db.prepare('SELECT version FROM incident_state WHERE id = 1').pluck();
  const bump = db.prepare('UPDATE incident_state SET version = version + 1 WHERE id = 1');
  const insertIncident = db.prepare(`INSERT OR REPLACE INTO incidents (${INCIDENT_COLUMNS.join(', ')}) VALUES (${INCIDENT_COLUMNS.map(() => '?').join(', ')})`);
  const insertReport = db.prepare(`INSERT OR REPLACE INTO incident_reports (${REPORT_COLUMNS.join(', ')}) VALUES (${REPORT_COLUMNS.map(() => '?').join(', ')})`);
  const deleteIncident = db.prepare('DELETE FROM incidents WHERE id = ?');
  const deleteReports = db.prepare('DELETE FROM incident_reports WHERE incident_id = ?');
  return db.transaction((expected: number, change: IncidentChange): boolean => {
    if (Number(version.get()) !== expected) return false;
    for (const id of replacedIds(change)) {
      deleteReports.run(id);
      deleteIncident.run(id);
    }
    for (const { incident, reports } of change.write) {
      insertIncident.run(...incidentValues(incident));
      for (const r of reports) insertReport.run(...reportValues(incident.id, r));
    }
    bump.run();
    return true;
  });
}

// The staged rows live in the connection's temporary database (a file SQLite spills to, not the heap),
// which takes no lock on the store: other linkers and writers go on until the commit.
function stage(db: Db): IncidentStage {
  const columns = (list: readonly string[]) => list.join(', ');
  db.exec(`DROP TABLE IF EXISTS temp.staged_incidents; DROP TABLE IF EXISTS temp.staged_reports;
    CREATE TEMP TABLE staged_incidents AS SELECT * FROM main.incidents WHERE 0;
    CREATE TEMP TABLE staged_reports AS SELECT * FROM main.incident_reports WHERE 0;`);
  const insertIncident = db.prepare(`INSERT INTO temp.staged_incidents (${columns(INCIDENT_COLUMNS)}) VALUES (${INCIDENT_COLUMNS.map(() => '?').join(', ')})`);
  const insertReport = db.prepare(`INSERT INTO temp.staged_reports (${columns(REPORT_COLUMNS)}) VALUES (${REPORT_COLUMNS.map(() => '?').join(', ')})`);
  const add = db.transaction((write: IncidentChange['write']) => {
    for (const { incident, reports } of write) {
      insertIncident.run(...incidentValues(incident));
      for (const r of reports) insertReport.run(...reportValues(incident.id, r));
    }
  });
  const version = db.prepare('SELECT version FROM incident_state WHERE id = 1').pluck();
  const commit = db.transaction((expected: number): boolean => {
    if (Number(version.get()) !== expected) return false;
    db.exec(`DELETE FROM main.incident_reports; DELETE FROM main.incidents;
      INSERT INTO main.incidents (${columns(INCIDENT_COLUMNS)}) SELECT ${columns(INCIDENT_COLUMNS)} FROM temp.staged_incidents;
      INSERT INTO main.incident_reports (${columns(REPORT_COLUMNS)}) SELECT ${columns(REPORT_COLUMNS)} FROM temp.staged_reports;
      UPDATE incident_state SET version = version + 1 WHERE id = 1;`);
    return true;
  });
  return {
    add: async (write) => add(write),
    commit: async (expected) => commit.immediate(expected),
    discard: async () => {
      if (db.open) db.exec('DROP TABLE IF EXISTS temp.staged_incidents; DROP TABLE IF EXISTS temp.staged_reports;');
    },
  };
}
