import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openStore } from '../../src/store/index.ts';

// Mistakes that used to pass silently, each through the real CLI in a child process: a mistyped --db
// for a read command (was created empty, "0 events"), impossible dates (matched nothing), and paging
// values that are not numbers ("invalid limit NaN").
const missingDbCases: readonly string[][] = [
  ['events'],
  ['stats'],
  ['export', '--format', 'jsonl'],
  ['incident', 'I-1'],
  ['serve', '--api-only', '--port', '0'],
];
const badValueCases: readonly [string[], RegExp][] = [
  [['events', '--since', '2024-13-45'], /--since '2024-13-45' is not a date: there is no month 13/],
  [['events', '--until', '2024-02-30'], /--until '2024-02-30' is not a date: 2024-02 has no day 30 \(it has 29 days\)/],
  [['stats', '--since', '2023-02-29'], /--since '2023-02-29' is not a date: 2023-02 has no day 29/],
  [['events', '--limit', 'abc'], /--limit must be a whole number 0 or more, not 'abc'/],
  [['events', '--offset', '-1'], /--offset must be a whole number 0 or more, not '-1'/],
];
const BIN = new URL('../../bin/eventlens.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'eventlens-mistakes-'));
const existing = join(dir, 'existing.db');
const missing = join(dir, 'typo.db');
before(async () => {
  const store = await openStore(existing);
  await store.close();
  for (const args of missingDbCases) void result([...args, '--db', missing]);
  for (const [args] of badValueCases) void result([...args, '--db', existing]);
  void result(['events', '--db', existing]);
});
after(() => rmSync(dir, { recursive: true, force: true }));

interface Result { code: number | null; out: string; err: string }
// A bounded spawn: a command that wrongly succeeds (serve would listen forever) is killed, not awaited.
// All cases start at once: on a loaded machine each start-up takes seconds, so one after another
// would not fit the file's time limit.
const run = (args: readonly string[]): Promise<Result> => new Promise((resolve) => {
  execFile(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: dir, timeout: 150_000 }, (error, out, err) => {
    const killed = error?.signal ? `\n(killed by ${error.signal}: still running after 150 s)` : '';
    resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : null, out, err: err + killed });
  });
});
const started = new Map<string, Promise<Result>>();
const result = (args: readonly string[]): Promise<Result> => {
  const key = args.join('\0');
  if (!started.has(key)) started.set(key, run(args));
  return started.get(key) as Promise<Result>;
};

describe('a read command on a --db that does not exist: exit 1, the path named, no file created', { timeout: 170_000 }, () => {
  for (const args of missingDbCases) {
    test(args.join(' '), async () => {
      const r = await result([...args, '--db', missing]);
      assert.equal(r.code, 1, r.err);
      assert.match(r.err, new RegExp(`${missing.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: no such database`));
      assert.equal(r.out, '');
      assert.equal(existsSync(missing), false, 'the mistyped database must not be created');
    });
  }
  test('an existing database still opens', async () => {
    const r = await result(['events', '--db', existing]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /0 events/);
  });
});

describe('bad filter values: exit 2 with the value typed and what is wrong', { timeout: 170_000 }, () => {
  for (const [args, message] of badValueCases) {
    test(args.join(' '), async () => {
      const r = await result([...args, '--db', existing]);
      assert.equal(r.code, 2, r.err);
      assert.match(r.err, message);
      assert.doesNotMatch(r.err, /NaN/);
    });
  }
});
