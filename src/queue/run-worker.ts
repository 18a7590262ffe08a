import { EventEmitter } from 'node:events';
import { run, type Runner, type WorkerEvents, type WorkerUtils } from 'graphile-worker';
import pg from 'pg';
import { openStore } from '../store/index.ts';
import { quoteIdent } from '../store/postgres/pg-url.ts';
import { linkPendingEvents } from '../store/incidents-link.ts';
import { watchStoredIncidents, type HookResult } from '../watch/hook/index.ts';
import { WorkerPool } from '../workers/worker-pool.ts';
import { recordBatch } from './batch-ledger.ts';
import { codeBatch, type BatchContext } from './code-batch.ts';
import { quietLogger, workerUtils } from './graphile.ts';
import { CODE_BATCH_TASK } from './job-payload.ts';
import { Leases } from './leases.ts';
import { isDrained, queueCounts } from './queue-status.ts';
import { ensureQueueTables } from './queue-tables.ts';
import { coderVersion, queueTarget, searchPathOption } from './queue-target.ts';

// `eventlens worker`: takes batches from the queue, codes them on `concurrency` coder threads (one job
// per thread at a time) and stores them. Any number of these run on any number of machines against
// one PostgreSQL. Stopping (`signal`): no new job is taken, the running ones finish and commit.

export interface WorkerRunOptions {
  readonly url: string;
  readonly concurrency: number;
  /** Stop once no job is pending, retrying or running anywhere; then link incidents. */
  readonly exitWhenEmpty: boolean;
  /** A worker silent this long is dead: its jobs go back to the queue. */
  readonly leaseMs: number;
  readonly kbFiles: readonly string[];
  readonly signal?: AbortSignal;
  readonly report: (line: string) => void;
}

export interface WorkerSummary {
  batches: number;
  docs: number;
  stored: number;
  events: number;
  dead: number;
  linked: { events: number; created: number } | null;
  /** What the store's enabled watch rules fired once the queue was drained (null: no rules enabled). */
  watch: HookResult | null;
}

const EMPTY_POLL_MS = 1000;
/** Ids of finished jobs remembered for completeLeftovers: far more than can be running at once. */
const FINISHED_KEPT = 1000;

export async function runWorker(opts: WorkerRunOptions): Promise<WorkerSummary> {
  const target = queueTarget(opts.url, '--db');
  const summary: WorkerSummary = { batches: 0, docs: 0, stored: 0, events: 0, dead: 0, linked: null, watch: null };
  const closers: (() => Promise<unknown>)[] = [];
  try {
    const store = await openStore(opts.url);
    closers.push(() => store.close());
    const db = new pg.Pool({ connectionString: target.connectionString, max: 3, ...searchPathOption(target) });
    db.on('error', () => undefined); // a dropped idle connection is reopened by the next query
    closers.push(() => db.end());
    await ensureQueueTables(db);
    const utils = await workerUtils(target, opts.report);
    closers.push(async () => utils.release());
    const coders = await WorkerPool.start(opts.concurrency, { kbFiles: opts.kbFiles, coderOptions: {} });
    closers.push(() => coders.close());
    coders.grow();
    const leases = new Leases(db, utils, target.workerSchema, opts.leaseMs, opts.report);
    closers.push(() => leases.stop());
    await leases.releaseExpired();
    leases.start();
    const ctx: BatchContext = { store, db, coders, coderVersion: coderVersion(opts.kbFiles) };
    const events: WorkerEvents = new EventEmitter();
    events.on('worker:create', ({ worker }) => leases.add(worker.workerPool.id));
    const finished: string[] = [];
    const runner = await run({
      connectionString: target.connectionString,
      schema: target.workerSchema,
      concurrency: opts.concurrency,
      maxPoolSize: opts.concurrency + 2,
      pollInterval: EMPTY_POLL_MS,
      noHandleSignals: true,
      logger: quietLogger(opts.report),
      events,
      taskList: {
        [CODE_BATCH_TASK]: async (payload, helpers) => {
          const startedAt = new Date();
          if (helpers.job.locked_by !== null) leases.add(helpers.job.locked_by);
          const key = helpers.job.key ?? `job-${helpers.job.id}`;
          const result = await codeBatch(payload, key, ctx);
          await recordBatch(db, key, helpers.job.locked_by ?? 'unknown', result, startedAt);
          summary.batches++;
          summary.docs += result.docs;
          summary.stored += result.stored;
          summary.events += result.events;
          summary.dead += result.dead;
          finished.push(helpers.job.id);
          if (finished.length > FINISHED_KEPT) finished.splice(0, finished.length - FINISHED_KEPT);
        },
      },
    });
    const stopped = await untilStopped(runner, opts, () => queueCounts(db, target.workerSchema).then(isDrained));
    await completeLeftovers(db, utils, target.workerSchema, leases.own, finished);
    // the same incidents as a one-process ingest: linking once the queue is drained sees every event
    if (stopped === 'drained') {
      const linked = summary.linked = await linkPendingEvents(store);
      // the watch rules enabled on the store, over the incidents the queue's batches made
      const fired = await watchStoredIncidents(store, linked.incidentIds, { report: opts.report });
      if (fired.rules > 0) summary.watch = { rules: fired.rules, alerts: fired.alerts };
    }
  } finally {
    for (const close of closers.reverse()) await close().catch(() => undefined);
  }
  return summary;
}

// Graphile Worker 0.17 deletes a finished job without waiting for it, and a graceful shutdown can end its
// connection pool first: the last batches stay locked by this process although they are committed. They
// are completed here (left alone, the lease would hand them to another worker, which would find every
// article stored and write nothing, but code nothing for nothing).
async function completeLeftovers(db: pg.Pool, utils: WorkerUtils, workerSchema: string, lockers: readonly string[], finished: readonly string[]): Promise<void> {
  if (finished.length === 0 || lockers.length === 0) return;
  const { rows } = await db.query<{ id: string }>(
    `SELECT id::text FROM ${quoteIdent(workerSchema)}.jobs WHERE id = ANY($1::bigint[]) AND locked_by = ANY($2::text[])`, [finished, lockers]);
  if (rows.length === 0) return;
  await utils.forceUnlockWorkers([...lockers]);
  await utils.completeJobs(rows.map((r) => r.id));
}

// Resolves when the runner has stopped: on the signal (running jobs finish first), or when the queue is
// drained (with exitWhenEmpty).
async function untilStopped(runner: Runner, opts: WorkerRunOptions, drained: () => Promise<boolean>): Promise<'signal' | 'drained' | 'ended'> {
  let reason: 'signal' | 'drained' | 'ended' = 'ended';
  const stop = (why: 'signal' | 'drained') => {
    if (reason !== 'ended') return;
    reason = why;
    void runner.stop().catch(() => undefined);
  };
  const onAbort = () => stop('signal');
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  if (opts.signal?.aborted) onAbort();
  let timer: NodeJS.Timeout | undefined;
  if (opts.exitWhenEmpty) {
    const poll = async () => {
      try {
        if (await drained()) stop('drained');
      } catch (error) {
        opts.report(`queue: ${(error as Error).message}`);
      }
      if (reason === 'ended') timer = setTimeout(() => void poll(), EMPTY_POLL_MS);
    };
    timer = setTimeout(() => void poll(), EMPTY_POLL_MS);
  }
  try {
    await runner.promise;
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
  }
  return reason;
}
