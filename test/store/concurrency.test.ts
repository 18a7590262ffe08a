import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, describe, it } from 'node:test';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/index.ts';
import { tempDir } from './event-factory.ts';
import { SHARED_BACKENDS } from './backends.ts';

const tmp = tempDir('concurrency');
after(tmp.cleanup);

const WRITER = new URL('./fixtures/store-writer.ts', import.meta.url).pathname;
const WRITERS = 2;
const BATCHES = 30;
const BATCH = 20;
const EVENTS_PER_ARTICLE = 3;

/** The whole test's deadline; each writer is killed before it (spawn's timeout), so the test always ends. */
const TEST_MS = 170_000;
const WRITER_MS = 150_000;

interface Writer {
  /** Resolves once the writer has stored its first batch and waits. */
  readonly paused: Promise<void>;
  /** Lets it write the rest. */
  go(): void;
  readonly done: Promise<{ stored: number; failures: string[] }>;
  /** Ends the child if it still runs (the test failed or timed out). */
  kill(): void;
}

function startWriter(url: string, prefix: string): Writer {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, url, prefix, String(BATCHES), String(BATCH)], { timeout: WRITER_MS, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let pausedNow: () => void = () => undefined;
  const paused = new Promise<void>((resolve) => { pausedNow = resolve; });
  child.stdout.on('data', (d: Buffer) => {
    out += d;
    if (out.includes('first batch stored\n')) pausedNow();
  });
  child.stderr.on('data', (d: Buffer) => { err += d; });
  const done = new Promise<{ stored: number; failures: string[] }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code !== 0) return reject(new Error(`writer ${prefix} exited ${code ?? signal}: ${err}`));
      resolve(JSON.parse(out.slice(out.indexOf('\n') + 1)) as { stored: number; failures: string[] });
    });
  });
  // a writer that dies before its first batch must not leave the test waiting for it
  done.catch(() => undefined); // awaited by the test; a failure before that is reported there
  return {
    paused: Promise.race([paused, done.then(() => undefined)]),
    go: () => child.stdin.end('go\n'),
    done,
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

// Readers query in a loop while two writer processes save batches: no "database is locked", no torn
// batch (event counts move in whole batches), and at the end every article of both writers is there.
// Nothing depends on how fast either side runs: the writers stop after their first batch until the test
// has read that state, the readers run until the writers exit (at least one round each), and every
// child has a deadline. On a loaded machine it takes longer; it does not hang: when the test fails or
// times out, the readers stop (the test's abort signal), the writers are killed and the stores closed,
// so nothing keeps the process alive (a PostgreSQL pool left open would).
for (const backend of SHARED_BACKENDS) {
  describe(`concurrent readers and writers (${backend.name})`, { skip: backend.skip }, () => {
    it('readers never fail or see half a batch; nothing written is lost', { timeout: TEST_MS }, async (t) => {
      const url = backend.freshUrl(tmp.dir);
      await (await openStore(url)).close();
      const readers: Store[] = await Promise.all([openStore(url), openStore(url), openStore(url)]);
      const writers = Array.from({ length: WRITERS }, (_, w) => startWriter(url, `w${w}`));
      const stop = () => writers.forEach((w) => w.kill());
      t.signal.addEventListener('abort', stop);
      try {
        // A known state between batches: each writer has stored its first batch, and waits.
        await Promise.all(writers.map((w) => w.paused));
        assert.equal(await readers[0].countEvents(), WRITERS * BATCH * EVENTS_PER_ARTICLE);
        let done = false;
        const finished = Promise.all(writers.map((w) => w.done)).finally(() => { done = true; });
        const errors: string[] = [];
        let reads = 0;
        // Each reader runs at least one round while the writers write, then goes on until both have exited.
        const read = async (store: Store): Promise<void> => {
          do {
            try {
              const events = await store.countEvents();
              assert.equal(events % (BATCH * EVENTS_PER_ARTICLE), 0, `a reader saw ${events} events: part of a batch`);
              await store.queryEvents({ sort: '-date', limit: 20 });
              await store.stats({ period: 'day', by: 'type' });
              await store.countArticles();
              reads++;
            } catch (error) {
              errors.push(error instanceof Error ? error.message : String(error));
            }
            // Yield through setImmediate, not a timer: the SQLite reads are synchronous, and once a round
            // takes longer than a short timer's delay, timers are always due and the loop stays in its timers
            // phase; it never polls I/O, so the writers' exit went unnoticed and the test never ended.
            // An immediate runs after the poll phase, so every round lets the child-process events in.
            await new Promise((r) => setImmediate(r));
          } while (!done && !t.signal.aborted);
        };
        for (const w of writers) w.go();
        const [results] = await Promise.all([finished, ...readers.map(read)]);
        assert.deepEqual(errors, []);
        assert.deepEqual(results.map((r) => r.failures), results.map(() => []));
        assert.deepEqual(results.map((r) => r.stored), results.map(() => BATCHES * BATCH));
        assert.equal(await readers[0].countArticles(), WRITERS * BATCHES * BATCH);
        assert.equal(await readers[0].countEvents(), WRITERS * BATCHES * BATCH * EVENTS_PER_ARTICLE);
        assert.ok(reads >= readers.length, `every reader ran during the writes (${reads} rounds)`);
      } finally {
        t.signal.removeEventListener('abort', stop);
        stop();
        await Promise.all(readers.map((r) => r.close()));
      }
    });
  });
}
