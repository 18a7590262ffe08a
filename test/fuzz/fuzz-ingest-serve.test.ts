import assert from 'node:assert/strict';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { articleFetcher, coderThreads } from '../../src/serve/index.ts';
import { openStore } from '../../src/store/index.ts';
import { listen } from '../serve/fixture.ts';
import { corpus, hasStackTrace, PER_INPUT_MS, runCli, SEED, SEED_EVENTS, Tally } from './fuzz-harness.ts';

// The fuzz corpus (bad-inputs.ts) through `ingest` (the real CLI, once over the whole corpus, killed past
// its deadline) and `POST /articles` (each input pasted and fetched, coded in the server's coder thread,
// which is stopped at the per-input deadline: a hang is a 504). Nothing may hang, print a stack trace or be
// lost without a word. `code`, `eval` and `import` are in fuzz-commands.test.ts.
const { inputs, dir, pathOf, cleanup } = corpus('fuzz-serve');
after(cleanup);

describe('fuzz corpus through ingest and the server', { timeout: 170_000 }, () => {
  test('ingest of the whole corpus: every input accounted for, the stored article kept', async (t) => {
    const db = join(dir, 'ingest.db');
    const store = await openStore(db);
    await store.saveArticle(SEED, SEED_EVENTS);
    await store.close();
    const r = await runCli(['ingest', ...inputs.map(pathOf), '--db', db, '--workers', '1', '--no-progress'], dir, 120_000);
    const tally = new Tally('ingest');
    tally.run('the corpus', r.code ?? 'killed', 0);
    if (r.killed) tally.problem('past the deadline', `killed after ${Math.round(r.ms)} ms`);
    if (hasStackTrace(r.err)) tally.problem('stack trace', r.err);
    if (r.code !== 3 && !r.killed) tally.problem('wrong exit', `exit ${r.code}, not 3 (partial): ${r.err}`);
    // every input is a document counted in the summary (stored, duplicate or skipped with a reason) or named on stderr
    const documents = Number(/([\d,]+) documents in/.exec(r.out)?.[1].replace(/,/g, '') ?? NaN);
    const named = inputs.filter((input) => r.err.includes(input.name)).length;
    if (!(documents + named >= inputs.length)) tally.problem('silent loss', `${documents} documents counted + ${named} inputs named < ${inputs.length}\n${r.out}`);
    t.diagnostic(`ingest: ${inputs.length} inputs in one run, exit ${r.code} in ${Math.round(r.ms)} ms; ${documents} documents in the summary, `
      + `${named} inputs named on stderr; ${tally.count('past the deadline')} hangs, ${tally.count('stack trace')} stack traces, ${tally.count('silent loss')} silent losses`);
    assert.deepEqual(tally.broken(), []);
    const check = await openStore(db, { mustExist: true });
    assert.equal((await check.queryEvents({ docId: SEED.id })).length, SEED_EVENTS.length, 'the stored article kept its events');
    assert.ok((await check.countArticles()) > 1, 'the good inputs were stored');
    await check.close();
  });

  test('POST /articles: each input pasted and fetched is a 2xx or a 4xx with a message, within its deadline', async (t) => {
    const store = await openStore(join(dir, 'serve.db'));
    const web = createHttpServer((req, res) => {
      const input = inputs.find((i) => `/${i.name}` === req.url);
      if (!input) return void res.writeHead(404).end();
      const type = input.name.endsWith('.html') ? 'text/html' : input.name.endsWith('.xml') ? 'application/xml' : 'text/plain';
      res.writeHead(200, { 'content-type': type }).end(input.bytes);
    });
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
    const webBase = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
    // the server's own coder thread, with the per-input deadline as its code timeout (a 504 past it)
    const threads = coderThreads({ threads: 1, kbFiles: [], timeoutMs: PER_INPUT_MS, maxWaiting: 2 });
    const api = await listen({ store, coder: threads.code, fetchArticle: articleFetcher({ allowAddress: () => true }) });
    const tally = new Tally('POST /articles');
    try {
      // the thread loads the knowledge base on its first article: not part of any input's deadline
      assert.equal((await api.post('/articles', { text: 'Police arrested 40 protesters in Minsk on Sunday.', published: '2024-03-04' })).status, 201);
      let skipped = 0;
      for (const input of inputs) {
        // inputs over 1 MB are left to serve's coding-threads test (a 10 MB POST while /health answers)
        if (input.bytes.length > 1_000_000) { skipped++; continue; }
        const stored = await store.countArticles();
        for (const payload of [{ text: input.bytes.toString('utf8'), published: '2024-03-04' }, { url: `${webBase}/${input.name}` }]) {
          const name = `${'url' in payload ? 'url' : 'text'} ${input.name}`;
          const started = performance.now();
          const r = await api.post<{ message?: string; error?: string }>('/articles', payload);
          tally.run(name, r.status, performance.now() - started);
          const label = `${name}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`;
          if (r.status === 504) tally.problem('past the deadline', label);
          else if (r.status >= 500) tally.problem('other', label);
          if (r.status >= 400 && typeof (r.body.message ?? r.body.error) !== 'string') tally.problem('silent loss', `${label}: no message`);
          if (input.binary && r.status !== 422) tally.problem('other', `${label}: binary content must be refused`);
          if (/\n\s+at .+:\d+:\d+/.test(JSON.stringify(r.body))) tally.problem('stack trace', label);
        }
        if (input.binary && (await store.countArticles()) !== stored) tally.problem('other', `${input.name}: binary content was stored`);
      }
      assert.equal((await api.get('/health')).status, 200);
      t.diagnostic(`${tally.summary(inputs.length - skipped)} (${skipped} inputs over 1 MB left to test/serve/coding-threads.test.ts)`);
      assert.deepEqual(tally.broken(), []);
    } finally {
      await api.app.close();
      await threads.close();
      await new Promise((resolve) => web.close(resolve));
      await store.close();
    }
  });
});
