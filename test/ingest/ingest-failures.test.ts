import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { openStore } from '../../src/store/index.ts';
import { makeArticle, makeEvent } from '../store/event-factory.ts';
import { corruptTable, overshootLastRecord } from './broken-inputs.ts';

// Runs that used to never end: each must exit on its own, with one line saying what is wrong.
const BIN = new URL('../../bin/eventlens.js', import.meta.url).pathname;
const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'eventlens-ingest-failures-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// Asynchronous spawn with a kill deadline: a hung child fails the test instead of hanging it.
function ingest(args: string[], deadlineMs = 90_000): Promise<{ code: number | null; err: string; ms: number; killed: boolean }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'ingest', '--no-progress', '--workers', '1', ...args], { cwd: dir });
    let err = '';
    child.stderr.on('data', (d: Buffer) => { err += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), deadlineMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, err, ms: Date.now() - started, killed: signal === 'SIGKILL' });
    });
  });
}

describe('ingest ends on its own', () => {
  it('into a corrupted database: exit 1 with one line naming the database (the coder threads are stopped)', { timeout: 120_000 }, async (t) => {
    const db = join(dir, 'corrupt.db');
    const store = await openStore(db);
    await store.saveMany(Array.from({ length: 30 }, (_, i) => ({ article: makeArticle(`a${i}`), events: [makeEvent(`a${i}`)] })));
    await store.close();
    corruptTable(db, 'articles');
    const r = await ingest([join(FIXTURES, 'french.txt'), '--db', db]);
    t.diagnostic(`ended in ${r.ms} ms (wall time, including the knowledge base load; not asserted: a busy machine inflates it)`);
    assert.equal(r.killed, false, `still running after 90 s: ${r.err}`);
    assert.equal(r.code, 1, r.err);
    assert.deepEqual(r.err.trim().split('\n'), [`eventlens: ${db}: database disk image is malformed`]);
  });

  it('a WARC whose last Content-Length overshoots the file: every record read, one error, exit 3 (partial)', { timeout: 120_000 }, async (t) => {
    const warc = join(dir, 'overshoot.warc');
    writeFileSync(warc, overshootLastRecord(gunzipSync(readFileSync(join(FIXTURES, 'crawl.warc.gz')))));
    const r = await ingest([warc, '--db', join(dir, 'warc.db')]);
    t.diagnostic(`ended in ${r.ms} ms (wall time, including the knowledge base load; not asserted: a busy machine inflates it)`);
    assert.equal(r.killed, false, `still running after 90 s: ${r.err}`);
    assert.equal(r.code, 3, r.err);
    assert.match(r.err, /overshoot\.warc: truncated or corrupt WARC \(record 10 .* is cut short\) after record 9/);
    assert.equal(r.err.trim().split('\n').length, 1, r.err);
  });
});
