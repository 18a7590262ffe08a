import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Event } from '../../src/schema/event.ts';

// The real CLI in a child process, on real files and a real SQLite database.
const BIN = new URL('../../bin/eventlens.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'eventlens-cli-'));
const run = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', cwd: dir, timeout: 90_000, killSignal: 'SIGKILL' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const ARTICLE = 'Rebels attack base\n\nHouthi rebels fired missiles at a Saudi airport on Monday, the coalition said. ' +
  'The Saudi-led coalition launched air strikes on Sanaa in response. Iran condemned the strikes.';
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

test('code: one valid JSON event per line, dates resolved against --published', { timeout: 120_000 }, () => {
  const r = run(['code', file('a.txt', ARTICLE), '--published', '2024-01-10']);
  assert.equal(r.code, 0, r.err);
  const events = r.out.trim().split('\n').map((l) => Event.parse(JSON.parse(l)));
  assert.ok(events.length >= 2, r.out);
  assert.ok(events.some((e) => e.type === 'ASSAULT' && e.date?.value === '2024-01-08'));
});

test('code: stdin with -', { timeout: 120_000 }, () => {
  const r = run(['code', '-', '--published', '2024-01-10'], ARTICLE);
  assert.equal(r.code, 0, r.err);
  assert.ok(r.out.includes('"ASSAULT"'));
});

test('code --jsonl: a malformed line is reported with its line number, the others are coded; gold is never read', { timeout: 120_000 }, () => {
  const good = JSON.stringify({ id: 'd1', published: '2024-01-10', title: 't', text: ARTICLE, gold: { events: [{ type: 'AID' }] } });
  const r = run(['code', '--jsonl', file('docs.jsonl', `${good}\n{not json\n${good.replace('d1', 'd2')}\n`)]);
  assert.equal(r.code, 3, 'partial: one line failed');
  assert.match(r.err, /docs\.jsonl:2: invalid JSON/);
  const ids = new Set(r.out.trim().split('\n').map((l) => JSON.parse(l).doc_id));
  assert.deepEqual([...ids].sort(), ['d1', 'd2']);
  assert.ok(!r.out.includes('"AID"'));
});

test('bad input: empty, binary, invalid UTF-8 and oversized files give one-line errors naming the file', { timeout: 120_000 }, () => {
  const cases: Array<[string, string | Buffer, RegExp]> = [
    ['empty.txt', '', /empty\.txt: empty file/],
    ['bin.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0]), /bin\.txt: binary file/],
    ['bad.txt', Buffer.from([0x68, 0x69, 0x20, 0xc3, 0x28, 0x20]), /bad\.txt: invalid UTF-8 at byte 3/],
    ['big.txt', Buffer.alloc(50 * 1024 * 1024, 0x61), /big\.txt: file too large/],
  ];
  for (const [name, content, message] of cases) {
    const r = run(['code', file(name, content)]);
    assert.equal(r.code, 1, `${name}: ${r.err}`);
    assert.match(r.err, message);
    assert.equal(r.err.trim().split('\n').length, 1, r.err);
  }
});

test('ingest: stores articles and events, a second run stores nothing twice, a bad file does not stop the batch', { timeout: 120_000 }, () => {
  const db = join(dir, 'store.db');
  const a = file('one.txt', ARTICLE);
  const first = run(['ingest', a, file('empty2.txt', ''), '--db', db, '--published', '2024-01-10']);
  assert.equal(first.code, 3, `partial: one file failed. ${first.err}`);
  assert.match(first.out, /^1 articles stored, 0 already stored, [1-9]\d* events, 1 failed/);
  assert.match(first.err, /empty2\.txt: empty file/);
  const second = run(['ingest', a, '--db', db]);
  assert.match(second.out, /^0 articles stored, 1 already stored, 0 events/);
  const listed = run(['events', '--db', db, '--type', 'ASSAULT', '--json']);
  const events = listed.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(events.length >= 1 && events.every((e) => e.type === 'ASSAULT'));
  const table = run(['events', '--db', db]);
  assert.match(table.out, /ACTOR → TARGET/);
});

test('demo: codes the bundled example into a SQLite file and prints a table', { timeout: 120_000 }, () => {
  const r = run(['demo', '--db', 'demo.db']);
  assert.equal(r.code, 0, r.err);
  assert.ok(existsSync(join(dir, 'demo.db')));
  assert.match(r.out, /ASSERTED BY/);
  assert.match(r.out, /ASSAULT/);
  assert.match(r.out, /events from \d+ articles, stored in .*demo\.db/);
});

test('usage errors exit with 2', { timeout: 120_000 }, () => {
  assert.equal(run(['code']).code, 2);
  assert.equal(run(['no-such-command']).code, 2);
});
