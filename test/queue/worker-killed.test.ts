import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CORPUS, eventlens, freshDatabase, query, referenceBefore, SKIP, WORKER, start, storedEvents, storedIncidents, until } from './queue-harness.ts';

// A worker killed with SIGKILL while it holds a batch (real PostgreSQL, the CLI in child processes): after
// its lease the batch runs again on a new worker, and the store holds exactly the events and incidents
// of a one-process ingest of the same corpus.

describe('distributed ingest: a worker killed', { skip: SKIP, timeout: 900_000 }, () => {
  const reference = referenceBefore();

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
});
