import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

// The queue commands refuse what cannot be a queue before touching anything: exit 2 and one line
// naming the flag. (No PostgreSQL needed.)
const BIN = new URL('../../bin/eventlens.js', import.meta.url).pathname;
const CORPUS = new URL('../corpus/articles.gold.jsonl', import.meta.url).pathname;
const run = (args: readonly string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL' });

describe('queue command-line errors', { timeout: 240_000 }, () => {
  const cases: [string, readonly string[], RegExp][] = [
    ['a worker on a SQLite file', ['worker', '--db', 'news.db'], /--db must be a postgres:\/\/ URL/],
    ['a worker without --db', ['worker'], /required option '--db <url>'/],
    ['a concurrency of 0', ['worker', '--db', 'postgres://127.0.0.1:1/x', '--concurrency', '0'], /--concurrency must be a whole number ≥ 1/],
    ['a lease that is not a number', ['worker', '--db', 'postgres://127.0.0.1:1/x', '--lease', 'soon'], /--lease must be a number of seconds/],
    ['ingest --queue to a file', ['ingest', CORPUS, '--queue', 'queue.db'], /--queue must be a postgres:\/\/ URL/],
    ['ingest with --db and --queue naming two databases', ['ingest', CORPUS, '--queue', 'postgres://127.0.0.1:1/a', '--db', 'postgres://127.0.0.1:1/b'], /--db and --queue name two databases/],
    ['queue status on a file', ['queue', 'status', '--db', 'news.db'], /--db must be a postgres:\/\/ URL/],
  ];
  for (const [name, args, message] of cases) {
    it(name, () => {
      const r = run(args);
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, message);
    });
  }

  it('an unreachable database: exit 1, the URL named', () => {
    const r = run(['queue', 'status', '--db', 'postgres://nobody:secret@127.0.0.1:1/x']);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/x: .*ECONNREFUSED/);
    assert.doesNotMatch(r.stderr, /secret/);
  });
});
