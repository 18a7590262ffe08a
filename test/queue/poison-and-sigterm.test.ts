import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { corpusArticles, CORPUS, enqueueDocs, eventlens, freshDatabase, query, SKIP, start, until, WORKER } from './queue-harness.ts';

// Poison documents and a graceful stop (real PostgreSQL, the CLI in child processes, a database each).

describe('distributed ingest: poison documents, SIGTERM', { skip: SKIP, timeout: 900_000 }, () => {
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
