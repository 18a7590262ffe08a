import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { corpusArticles, CORPUS, enqueueDocs, eventlens, freshDatabase, query, referenceBefore, SKIP, WORKER, start, storedEvents, storedIncidents } from './queue-harness.ts';

// Distributed ingest against a real PostgreSQL (the CLI in child processes, a database per scenario): two
// worker processes on one queue must store exactly the events (doc_ids, ordinals, records: nothing lost,
// nothing twice) and incidents of a one-process `ingest --db` of the same corpus (48 articles).

describe('distributed ingest: two workers', { skip: SKIP, timeout: 900_000 }, () => {
  const reference = referenceBefore();

  it('two worker processes on one queue store exactly the events and incidents of a one-process ingest', { timeout: 300_000 }, async () => {
    const url = await freshDatabase();
    const queued = await eventlens(['ingest', CORPUS, '--queue', url, '--batch', '4', '--workers', '1']);
    assert.equal(queued.code, 0, queued.err);
    assert.match(queued.out, /48 documents queued in 12 batches/);
    const workers = [start(['worker', '--db', url, ...WORKER]), start(['worker', '--db', url, ...WORKER])];
    for (const { done } of workers) {
      const result = await done;
      assert.equal(result.code, 0, result.err);
    }
    assert.deepEqual(await storedEvents(url), reference.events);
    assert.deepEqual(await storedIncidents(url), reference.incidents);
    const [batches] = await query<{ n: number; docs: number }>(url, 'SELECT count(*)::int AS n, sum(docs)::int AS docs FROM queue_batches');
    assert.deepEqual(batches, { n: 12, docs: 48 });

    const status = await eventlens(['queue', 'status', '--db', url]);
    assert.match(status.out, /jobs: 0 pending, 0 retrying, 0 running, 0 failed/);
    assert.match(status.out, /last hour: 12 batches, 48 documents/);

    // the same documents queued again, as a job that ran to its commit and is run again after its
    // worker died before Graphile Worker marked it done: nothing is written twice
    await enqueueDocs(url, corpusArticles(), 10);
    const again = await eventlens(['worker', '--db', url, ...WORKER]);
    assert.equal(again.code, 0, again.err);
    assert.match(again.out, /5 batches, 48 documents: 0 articles stored, 0 events, 0 to the dead-letter table/);
    assert.deepEqual(await storedEvents(url), reference.events);
  });
});
