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

function runWriter(url: string, prefix: string): Promise<{ stored: number; failures: string[]; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, url, prefix, String(BATCHES), String(BATCH)], { timeout: 110_000 });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => { out += d; });
    child.stderr.on('data', (d: Buffer) => { err += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`writer ${prefix} exited ${code}: ${err}`));
      resolve({ ...JSON.parse(out), stderr: err });
    });
  });
}

// Readers query in a loop while two writer processes save batches: no "database is locked", no torn
// batch (event counts move in whole batches), and at the end every article of both writers is there.
for (const backend of SHARED_BACKENDS) {
  describe(`concurrent readers and writers (${backend.name})`, { skip: backend.skip }, () => {
    it('readers never fail or see half a batch; nothing written is lost', { timeout: 120_000 }, async () => {
      const url = backend.freshUrl(tmp.dir);
      await (await openStore(url)).close();
      const readers: Store[] = await Promise.all([openStore(url), openStore(url), openStore(url)]);
      const writers = Promise.all(Array.from({ length: WRITERS }, (_, w) => runWriter(url, `w${w}`)));
      let done = false;
      const finished = writers.finally(() => { done = true; });
      const errors: string[] = [];
      const seen: number[] = [];
      let reads = 0;
      const read = async (store: Store): Promise<void> => {
        while (!done) {
          try {
            const events = await store.countEvents();
            assert.equal(events % (BATCH * EVENTS_PER_ARTICLE), 0, `a reader saw ${events} events: part of a batch`);
            seen.push(events);
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
        }
      };
      await Promise.all([...readers.map(read), finished]);
      const results = await writers;
      assert.deepEqual(errors, []);
      assert.deepEqual(results.map((r) => r.failures), results.map(() => []));
      assert.deepEqual(results.map((r) => r.stored), results.map(() => BATCHES * BATCH));
      assert.equal(await readers[0].countArticles(), WRITERS * BATCHES * BATCH);
      assert.equal(await readers[0].countEvents(), WRITERS * BATCHES * BATCH * EVENTS_PER_ARTICLE);
      assert.ok(reads > 3, `readers ran ${reads} times during the writes`);
      assert.ok(new Set(seen).size > 1, 'readers saw the data grow');
      await Promise.all(readers.map((r) => r.close()));
    });
  });
}
