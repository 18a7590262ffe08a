import { hostname } from 'node:os';
import type { WorkerUtils } from 'graphile-worker';
import type pg from 'pg';
import { quoteIdent } from '../store/postgres/pg-url.ts';

// Leases on running jobs. Graphile Worker locks a job to the worker that took it and frees locks only
// after 4 hours; a worker machine that dies (kill -9, power, network) would hold its batch that long.
// So each eventlens worker process heartbeats the ids its jobs are locked by every lease/3, and every process
// releases the locks of workers whose heartbeat is older than the lease: their jobs return to the queue
// and another worker codes them (what the dead worker may have committed is not written twice, see
// code-batch.ts).

const HEARTBEAT = `INSERT INTO queue_workers (worker_id, host, pid, heartbeat_at)
  SELECT id, $2, $3, now() FROM unnest($1::text[]) id
  ON CONFLICT (worker_id) DO UPDATE SET heartbeat_at = now()`;

export class Leases {
  private readonly ids = new Set<string>();
  private timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly db: pg.Pool,
    private readonly utils: WorkerUtils,
    private readonly workerSchema: string,
    private readonly leaseMs: number,
    private readonly report: (line: string) => void,
  ) {}

  /** A lock holder of this process (Graphile Worker 0.17 locks jobs by worker pool id): its locks are
   *  ours to keep alive. */
  add(lockerId: string): void {
    if (this.ids.has(lockerId)) return;
    this.ids.add(lockerId);
    void this.heartbeat().catch(() => undefined);
  }

  get own(): readonly string[] {
    return [...this.ids];
  }

  start(): void {
    const every = (ms: number, fn: () => Promise<unknown>) => {
      const timer = setInterval(() => void fn().catch((e: unknown) => this.report(`queue: ${(e as Error).message}`)), ms);
      timer.unref();
      this.timers.push(timer);
    };
    every(Math.max(200, this.leaseMs / 3), () => this.heartbeat());
    every(Math.max(200, this.leaseMs / 2), () => this.releaseExpired());
  }

  async heartbeat(): Promise<void> {
    if (this.ids.size > 0) await this.db.query(HEARTBEAT, [[...this.ids], hostname(), process.pid]);
  }

  /** Frees the jobs locked by workers whose lease ran out; returns how many workers were found dead. */
  async releaseExpired(): Promise<number> {
    // a job locked less than a lease ago may belong to a worker that has not heartbeaten yet
    const { rows } = await this.db.query<{ locked_by: string }>(
      `SELECT DISTINCT j.locked_by FROM ${quoteIdent(this.workerSchema)}.jobs j
       WHERE j.locked_by IS NOT NULL AND j.locked_at < now() - $1 * interval '1 millisecond'
         AND NOT EXISTS (SELECT 1 FROM queue_workers w WHERE w.worker_id = j.locked_by
                           AND w.heartbeat_at > now() - $1 * interval '1 millisecond')`, [this.leaseMs]);
    const dead = rows.map((r) => r.locked_by).filter((id) => !this.ids.has(id));
    if (dead.length === 0) return 0;
    await this.utils.forceUnlockWorkers(dead);
    await this.db.query('DELETE FROM queue_workers WHERE worker_id = ANY($1::text[])', [dead]);
    this.report(`queue: released the jobs of ${dead.length} worker(s) silent for over ${this.leaseMs / 1000} s`);
    return dead.length;
  }

  /** Stops heartbeating; a clean exit also forgets this process's workers. */
  async stop(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    if (this.ids.size > 0) await this.db.query('DELETE FROM queue_workers WHERE worker_id = ANY($1::text[])', [[...this.ids]]).catch(() => undefined);
  }
}
