export { runWorker, type WorkerRunOptions, type WorkerSummary } from './run-worker.ts';
export { Enqueuer, MAX_ATTEMPTS } from './enqueue.ts';
export { queueStatus, formatStatus, queueCounts, isDrained } from './queue-status.ts';
export { retryFailed } from './retry-failed.ts';
export { listDeadLetters } from './dead-letters.ts';
export { queueTarget, coderVersion, searchPathOption, type QueueTarget } from './queue-target.ts';
export { ensureQueueTables } from './queue-tables.ts';
export { workerUtils } from './graphile.ts';
export { CODE_BATCH_TASK, batchJobKey } from './job-payload.ts';
