import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { writeCorpus } from '../../bench/ingest-corpus.ts';
import { openStore } from '../../src/store/index.ts';

// `eventlens ingest` in a child process: exit codes, the summary, progress lines, and Ctrl-C / kill
// followed by a resumed run.
const BIN = new URL('../../bin/eventlens.js', import.meta.url).pathname;
const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'eventlens-ingest-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const run = (args: string[], input?: string | Buffer) => {
  const r = spawnSync(process.execPath, [BIN, 'ingest', ...args], { input, encoding: 'utf8', cwd: dir, timeout: 90_000, killSignal: 'SIGKILL' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const summary = (out: string) => {
  const m = /^(\d+) articles stored, (\d+) already stored, (\d+) events, (\d+) failed/.exec(out);
  assert.ok(m, out);
  return { stored: Number(m[1]), already: Number(m[2]), events: Number(m[3]), failed: Number(m[4]) };
};

describe('eventlens ingest', () => {
  it('the fixture folder: a summary with duplicates and skip reasons on stdout, one line per failure on stderr, exit 3 (partial)', { timeout: 120_000 }, () => {
    const r = run([FIXTURES, '--db', 'fixtures.db', '--workers', '1']);
    assert.equal(r.code, 3, r.err);
    assert.deepEqual(summary(r.out), { stored: 14, already: 5, events: summary(r.out).events, failed: 7 });
    assert.match(r.out, /duplicates linked to their first copy: 3 exact, 1 near/);
    assert.match(r.out, /skipped: 4 HTTP error or redirect, 2 no article body, 2 not text or HTML, 1 not English \(fra\), 1 too short, 1 undecodable text\n/);
    // progress lines ("ingest: …", every 10 s) come on a slow machine; the failures are the other lines
    const failures = r.err.trim().split('\n').filter((line) => !line.startsWith('ingest: '));
    assert.equal(failures.length, 7, r.err);
    assert.match(r.err, /broken\.rss: malformed feed/);
  });

  it('stdin with -', { timeout: 120_000 }, () => {
    const r = run(['-', '--db', 'stdin.db', '--workers', '1', '--published', '2023-11-27'], readFileText('wire-story.txt'));
    assert.equal(r.code, 0, r.err);
    assert.equal(summary(r.out).stored, 1);
  });

  it('exit 1 when every input failed, 2 for usage errors', { timeout: 120_000 }, () => {
    assert.equal(run([join(FIXTURES, 'mixed-encoding.txt'), '--db', 'bad.db']).code, 1);
    assert.equal(run([join(FIXTURES, 'wire-story.txt'), '--workers', '0']).code, 2);
    assert.equal(run([join(FIXTURES, 'wire-story.txt'), '--published', '2024-13-01']).code, 2);
  });
});

describe('eventlens ingest: interrupted and resumed', () => {
  const corpus = join(dir, 'corpus.jsonl');
  let reference = { articles: 0, events: 0 };
  before(async () => {
    await writeCorpus(corpus, { articles: 120 });
    reference = await contents(run([corpus, '--db', 'reference.db']), 'reference.db');
  });

  // Starts an ingest, waits for its first progress line with finished documents, then sends `signal`.
  async function interrupt(db: string, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; err: string }> {
    // one worker: at most 48 documents in flight, so a stop leaves part of the corpus for the resume
    const child = spawn(process.execPath, [BIN, 'ingest', corpus, '--db', db, '--workers', '1', '--progress-every', '0.2'], { cwd: dir, timeout: 110_000 });
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
      if (/ingest: [1-9][\d,]*( of ~?[\d,]+)? docs/.test(err) && !child.killed) child.kill(signal);
    });
    const [code, sig] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
    return { code, signal: sig, err };
  }

  for (const signal of ['SIGINT', 'SIGKILL'] as const) {
    it(`${signal}: the next run stores the rest; the result equals an uninterrupted run`, { timeout: 120_000 }, async () => {
      const db = `resume-${signal}.db`;
      const first = await interrupt(db, signal);
      if (signal === 'SIGINT') {
        assert.equal(first.code, 1, first.err);
        assert.match(first.err, /interrupted: run the same command again/);
      } else {
        assert.equal(first.signal, 'SIGKILL');
      }
      const partial = await contents(null, db);
      assert.ok(partial.articles < reference.articles, `${partial.articles} of ${reference.articles} before the resume`);
      const second = run([corpus, '--db', db]);
      assert.equal(second.code, 0, second.err);
      // the stored articles are skipped (and the corpus' exact copy of one of them found again)
      assert.ok(summary(second.out).already >= partial.articles, second.out);
      assert.deepEqual(await contents(null, db), reference);
    });
  }
});

async function contents(ran: ReturnType<typeof run> | null, db: string): Promise<{ articles: number; events: number }> {
  if (ran) assert.equal(ran.code, 0, ran.err);
  const store = await openStore(join(dir, db));
  try {
    return { articles: await store.countArticles(), events: await store.countEvents() };
  } finally {
    await store.close();
  }
}

function readFileText(name: string): string {
  return spawnSync('cat', [join(FIXTURES, name)], { encoding: 'utf8' }).stdout;
}
