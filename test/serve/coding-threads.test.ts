import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.ts';
import { coderThreads, type ApiError, type CodedArticle } from '../../src/serve/index.ts';
import { conflictStore, listen, TEST_TOKEN, type Fixture, type Running } from './fixture.ts';

// POST /articles codes in a worker thread: a 10 MB article keeps a thread busy, never the server.

const BIN = new URL('../../bin/eventlens.js', import.meta.url).pathname;
let fx: Fixture;
let api: Running;
const threads = coderThreads({ threads: 1, kbFiles: [], timeoutMs: 60_000, maxWaiting: 2 });

before(async () => {
  fx = await conflictStore('threads');
  api = await listen({ store: fx.store, coder: threads.code });
});
after(async () => {
  await api.app.close();
  await threads.close();
  await fx.cleanup();
});

test('`serve`: a 10 MB POST while /health answers within a second each time; then it still codes', { timeout: 170_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'eventlens-threads-'));
  await (await openStore(join(dir, 'e.db'))).close(); // serve reads a database; it does not create one
  // the server in a process of its own, so this one (the client) does not share its event loop
  const child = spawn(process.execPath, [BIN, 'serve', '--api-only', '--port', '0', '--db', join(dir, 'e.db'), '--code-timeout', '20'],
    { env: { ...process.env, EVENTLENS_TOKEN: TEST_TOKEN, XDG_CONFIG_HOME: dir }, stdio: ['ignore', 'pipe', 'pipe'], timeout: 160_000 });
  try {
    const base = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d;
        const match = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
        if (match) resolve(match[1]);
      });
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    });
    const post = (text: string) => fetch(`${base}/articles`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_TOKEN}` }, body: JSON.stringify({ text, published: '2024-05-06' }),
    });
    const sentence = 'Police arrested dozens of protesters in the capital on Monday after clashes near the parliament, officials said. ';
    const text = sentence.repeat(Math.ceil(10_000_000 / sentence.length)).slice(0, 9_990_000); // the limit is 10 M characters
    let settled = false;
    const big = post(text).finally(() => { settled = true; });
    const times: number[] = [];
    for (let i = 0; i < 12 && !settled; i++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const started = performance.now();
      assert.equal((await fetch(`${base}/health`)).status, 200);
      times.push(Math.round(performance.now() - started));
    }
    t.diagnostic(`/health during the 10 MB POST: ${times.join(', ')} ms`);
    assert.ok(times.length >= 3, `the article was done before /health could be asked: ${times}`);
    // Coding on the event loop froze /health for minutes. What is left on it is parsing the 10 MB body
    // (~0.3 s of CPU): under 1 s on a quiet machine, and the bound leaves room for a shared CI core.
    assert.ok(Math.max(...times) < 2500, `/health took ${times.join(', ')} ms while a 10 MB article was coded`);
    // coded (201), or past its deadline (504): never a frozen server
    const status = (await big).status;
    assert.ok([201, 504].includes(status), `${status}: ${await (await big).clone().text()}`);
    const small = await post('Police arrested 40 protesters in Minsk on Sunday, officials said.');
    assert.equal(small.status, 201, await small.clone().text());
  } finally {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

test('more articles than the queue holds: 503 with a message, not an endless queue', { timeout: 120_000 }, async () => {
  const text = 'Rebels attacked an army base near Goma on Friday, the army said. '.repeat(500);
  const answers = await Promise.all([0, 1, 2, 3, 4].map((i) => api.post<CodedArticle | ApiError>('/articles', { text: `${i} ${text}` })));
  const statuses = answers.map((a) => a.status);
  assert.equal(statuses.filter((s) => s === 503).length, 3, statuses.join(','));
  assert.match((answers.find((a) => a.status === 503)!.body as ApiError).message, /2 articles are being coded; try again/);
});
