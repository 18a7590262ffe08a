import Database from 'better-sqlite3';
import { closeSync, openSync, writeSync } from 'node:fs';

// Damaged inputs made on the spot for the failure tests (nothing large is committed).

/** A WARC whose last record's Content-Length promises 5,000 bytes more than the file has. */
export function overshootLastRecord(warc: Buffer): Buffer {
  const text = warc.toString('latin1');
  const at = text.lastIndexOf('Content-Length: ');
  const header = /Content-Length: (\d+)/.exec(text.slice(at))!;
  return Buffer.from(`${text.slice(0, at)}Content-Length: ${Number(header[1]) + 5000}${text.slice(at + header[0].length)}`, 'latin1');
}

/** Overwrites the root page of a SQLite table with 0xff bytes: the file opens, reading the table fails. */
export function corruptTable(dbPath: string, table: string): void {
  const db = new Database(dbPath);
  const { rootpage } = db.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').get(table) as { rootpage: number };
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const fd = openSync(dbPath, 'r+');
  writeSync(fd, Buffer.alloc(pageSize, 0xff), 0, pageSize, (rootpage - 1) * pageSize);
  closeSync(fd);
}
