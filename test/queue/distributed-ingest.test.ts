import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { before, describe, it } from 'node:test';
import { CORPUS, corpusArticles, enqueueDocs, eventlens, freshDatabase, query, SKIP, start, storedEvents, storedIncidents, until } from './queue-harness.ts';

// Distributed ingest against a real PostgreSQL: the CLI in child processes, one database per scenario.
// The reference is a one-process `ingest --db` of the same corpus (48 articles); the queue must give
// exactly its events (same doc_ids, ordinals and records: nothing lost, nothing twice) and incidents.

// a short lease, so the killed worker's batch comes back quickly; long enough that a live worker on a
// loaded test machine (heartbeat timers late by seconds) is not taken for dead
const WORKER = ['--concurrency', '1', '--exit-when-empty', '--lease', '10'];

describe('distributed ingest on the job queue', { skip: SKIP, timeout: 900_000 }, () => {
  let reference: { events: string[]; incidents: string[] };

  before(async () => {
    const url = await freshDatabase();
    const run = await eventlens(['ingest', CORPUS, '--db', url, '--workers', '1', '--no-progress']);
    assert.equal(run.code, 0, run.err);
    reference = { events: await storedEvents(url), incidents: await storedIncidents(url) };
    assert.ok(reference.events.length > 30, `the reference ingest stored ${reference.events.length} events`);
  }, { timeout: 300_000 });

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

  it('poison documents go to the dead-letter table with their error; the rest of their batch is stored', { timeout: 300_000 }, async () => {
    const url = await freshDatabase();
    const articles = corpusArticles().slice(0, 6);
    // an id past the size a btree index entry may have: the article insert fails, inside the batch's transaction
    const longId = { ...articles[1], id: randomBytes(8000).toString('hex') };
    await enqueueDocs(url, [articles[0], longId, articles[2], { id: 'no-text', text: 42 }, ...articles.slice(3)], 4);
    const worker = await eventlens(['worker', '--db', url, ...WORKER]);
    assert.equal(worker.code, 0, worker.err);
    assert.match(worker.out, /2 batches, 7 documents: 5 articles stored, \d+ events, 2 to the dead-letter table/);
    const stored = await query<{ doc_id: string }>(url, 'SELECT doc_id FROM articles ORDER BY doc_id');
    assert.deepEqual(stored.map((r) => r.doc_id), articles.filter((_, i) => i !== 1).map((a) => a.id).sort());
    const dead = await query<{ doc_id: string; error: string }>(url, 'SELECT doc_id, error FROM queue_dead_letters ORDER BY length(doc_id)');
    assert.deepEqual(dead.map((d) => d.doc_id), ['no-text', longId.id]);
    assert.match(dead[0].error, /malformed document: text: /);
    assert.match(dead[1].error, /not stored: .*index row/);
    const listed = await eventlens(['queue', 'retry-failed', '--db', url, '--list']);
    assert.match(listed.out, /^no-text\t1\t/m);
    const status = await eventlens(['queue', 'status', '--db', url]);
    assert.match(status.out, /dead letters: 2 documents/);

    // retried: they fail again (nothing was fixed) and come back to the table
    const retried = await eventlens(['queue', 'retry-failed', '--db', url]);
    assert.match(retried.out, /0 failed batches to run again, 2 dead-letter documents queued in 1 batches/);
    assert.equal((await eventlens(['worker', '--db', url, ...WORKER])).code, 0);
    const again = await query<{ doc_id: string }>(url, 'SELECT doc_id FROM queue_dead_letters ORDER BY length(doc_id)');
    assert.deepEqual(again.map((d) => d.doc_id), ['no-text', longId.id]);
    assert.equal((await query<{ n: number }>(url, 'SELECT count(*)::int AS n FROM articles'))[0].n, 5);
  });

  it('a worker killed with SIGKILL mid-batch: its batch returns after the lease, nothing lost, nothing duplicated', { timeout: 300_000 }, async () => {
    const url = await freshDatabase();
    const queued = await eventlens(['ingest', CORPUS, '--queue', url, '--batch', '6', '--workers', '1']);
    assert.equal(queued.code, 0, queued.err);
    const doomed = start(['worker', '--db', url, '--concurrency', '1', '--lease', '10']);
    // killed while it holds a batch, after it has committed at least one other
    await until('a committed batch and a running one', async () => {
      const [row] = await query<{ done: number; running: number }>(url,
        `SELECT (SELECT count(*)::int FROM articles) AS done, (SELECT count(*)::int FROM graphile_worker.jobs WHERE locked_at IS NOT NULL) AS running`);
      return row.done > 0 && row.running > 0;
    }, 240_000);
    doomed.child.kill('SIGKILL');
    await doomed.done;
    const [{ running }] = await query<{ running: number }>(url, 'SELECT count(*)::int AS running FROM graphile_worker.jobs WHERE locked_at IS NOT NULL');
    assert.equal(running, 1, 'the killed worker still holds its batch');
    const restarted = await eventlens(['worker', '--db', url, ...WORKER]);
    assert.equal(restarted.code, 0, restarted.err);
    assert.match(restarted.err, /released the jobs of 1 worker/);
    assert.deepEqual(await storedEvents(url), reference.events);
    assert.deepEqual(await storedIncidents(url), reference.incidents);
  });

  it('SIGTERM: the running batch is finished and committed, the rest stays queued', { timeout: 300_000 }, async () => {
    const url = await freshDatabase();
    assert.equal((await eventlens(['ingest', CORPUS, '--queue', url, '--batch', '6', '--workers', '1'])).code, 0);
    const worker = start(['worker', '--db', url, '--concurrency', '1']);
    await until('a running batch', async () =>
      (await query<{ n: number }>(url, 'SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE locked_at IS NOT NULL'))[0].n > 0, 240_000);
    worker.child.kill('SIGTERM');
    const result = await worker.done;
    assert.equal(result.code, 0, result.err);
    const [row] = await query<{ locked: number; queued: number; batches: number; articles: number }>(url,
      `SELECT (SELECT count(*)::int FROM graphile_worker.jobs WHERE locked_at IS NOT NULL) AS locked,
              (SELECT count(*)::int FROM graphile_worker.jobs) AS queued,
              (SELECT count(*)::int FROM queue_batches) AS batches, (SELECT count(*)::int FROM articles) AS articles`);
    assert.equal(row.locked, 0, 'no batch is left locked');
    assert.ok(row.batches >= 1 && row.queued === 8 - row.batches, `${row.batches} batches done, ${row.queued} queued`);
    assert.equal(row.articles, row.batches * 6);
  });
});
