import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureWebBundle } from '../../src/serve/index.ts';
import { openStore } from '../../src/store/index.ts';

// `eventlens serve` as a user runs it: a child process on loopback that serves the dashboard and
// the API, and stops cleanly (exit 0) on SIGTERM.

const BIN = new URL('../../bin/eventlens.js', import.meta.url).pathname;

test('serve: prints its address, serves the dashboard and the API, stops on SIGTERM', { timeout: 120_000 }, async () => {
  await ensureWebBundle(); // built here rather than inside the child, to keep its start quick
  const dir = mkdtempSync(join(tmpdir(), 'eventlens-serve-cli-'));
  await (await openStore(join(dir, 'e.db'))).close(); // serve reads a database; it does not create one
  const env = { ...process.env, XDG_CONFIG_HOME: dir, EVENTLENS_TOKEN: '' };
  const child = spawn(process.execPath, [BIN, 'serve', '--db', join(dir, 'e.db'), '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env, timeout: 110_000 });
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
    const html = await page.text();
    assert.match(html, /<title>eventlens<\/title>/);
    // first start: a token made, kept for the owner only, printed once, and given to the local dashboard
    const tokenPath = join(dir, 'eventlens', 'token');
    const token = readFileSync(tokenPath, 'utf8').trim();
    assert.equal(statSync(tokenPath).mode & 0o777, 0o600);
    assert.ok(err.includes(token), err);
    assert.ok(html.includes(`<meta name="eventlens-token" content="${token}">`));
    const post = (authorization?: string) => fetch(`${base}/articles`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) }, body: JSON.stringify({ text: 'Police arrested 40 protesters in Minsk on Sunday.' }),
    });
    assert.equal((await post()).status, 401);
    assert.equal((await post(`Bearer ${token}`)).status, 201);
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

test('serve: a bad --port is a usage error (exit 2)', { timeout: 120_000 }, () => {
  const r = spawnSync(process.execPath, [BIN, 'serve', '--port', 'eighty', '--api-only'], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--port must be a whole number 0-65535, not 'eighty'/);
});
