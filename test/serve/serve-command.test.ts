import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureWebBundle } from '../../src/serve/index.ts';
import { openStore } from '../../src/store/index.ts';

// `eventlens serve` as a user runs it: a child process on loopback that serves the dashboard and
// the API, and stops cleanly (exit 0) on SIGTERM.

const BIN = new URL('../../bin/eventlens.js', import.meta.url).pathname;

test('serve: prints its address, serves the dashboard and the API, stops on SIGTERM', async () => {
  await ensureWebBundle(); // built here rather than inside the child, to keep its start quick
  const dir = mkdtempSync(join(tmpdir(), 'eventlens-serve-cli-'));
  await (await openStore(join(dir, 'e.db'))).close(); // serve reads a database; it does not create one
  const child = spawn(process.execPath, [BIN, 'serve', '--db', join(dir, 'e.db'), '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => { err += d; });
    const base = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d;
        const match = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
        if (match) resolve(match[1]);
      });
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
    });
    const health = await (await fetch(`${base}/health`)).json();
    assert.deepEqual(health, { status: 'ok', backend: 'sqlite', articles: 0, events: 0 });
    const page = await fetch(`${base}/`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<title>eventlens<\/title>/);
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', resolve);
      child.kill('SIGTERM');
    });
    assert.equal(code, 0, err);
  } finally {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

test('serve: a bad --port is a usage error (exit 2)', () => {
  const r = spawnSync(process.execPath, [BIN, 'serve', '--port', 'eighty', '--api-only'], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--port must be a whole number 0-65535, not 'eighty'/);
});
