import { Logger, makeWorkerUtils, type WorkerUtils } from 'graphile-worker';
import type { QueueTarget } from './queue-target.ts';

// Graphile Worker, as eventlens uses it: its own schema beside the store's, and its log reduced to what
// an operator must see (warnings and errors, one line each, on stderr).

export function quietLogger(report: (line: string) => void): Logger {
  return new Logger(() => (level, message) => {
    if (level === 'error' || level === 'warning') report(`queue: ${message}`);
  });
}

/** Utilities to add, inspect and reschedule jobs; migrates Graphile Worker's schema first. */
export async function workerUtils(target: QueueTarget, report: (line: string) => void): Promise<WorkerUtils> {
  const utils = await makeWorkerUtils({
    connectionString: target.connectionString,
    schema: target.workerSchema,
    logger: quietLogger(report),
  });
  try {
    await utils.migrate();
  } catch (error) {
    await utils.release();
    throw error;
  }
  return utils;
}
