import { availableParallelism } from 'node:os';
import type { RegisterCommands } from './io.ts';

// `worker`, `queue status`, `queue retry-failed`: distributed ingest on a PostgreSQL job queue
// (Graphile Worker). `ingest --queue URL` fills the queue (ingest-command.ts). See docs/deploy.md.
const actions = () => import('./queue-actions.ts');
const DB_HELP = 'the postgres:// URL of the store; the queue lives in the same database';

export const registerQueueCommands: RegisterCommands = (program, io, done) => {
  program.command('worker')
    .description('code and store the batches queued by `ingest --queue`; run any number, on any number of machines')
    .requiredOption('--db <url>', DB_HELP)
    .option('--concurrency <n>', 'batches coded at once, one coder thread each (default: one per core)', String(availableParallelism()))
    .option('--exit-when-empty', 'stop once no batch is waiting, retrying or running, then link incidents')
    .option('--lease <seconds>', 'a worker silent this long is taken for dead and its batches go back to the queue', '60')
    .action(async (o) => done(await (await actions()).workerCommand(io, o, program)));

  const queue = program.command('queue').description('the PostgreSQL job queue of distributed ingest');
  queue.command('status')
    .description('pending, retrying, running and failed batches, dead-letter documents, throughput')
    .requiredOption('--db <url>', DB_HELP)
    .option('--json', 'one JSON object')
    .action(async (o) => done(await (await actions()).statusCommand(io, o)));
  queue.command('retry-failed')
    .description('run failed batches again, and queue the dead-letter documents again')
    .requiredOption('--db <url>', DB_HELP)
    .option('--batch <n>', 'documents per new batch', '50')
    .option('--list', 'only list the dead-letter documents and their errors')
    .action(async (o) => done(await (await actions()).retryCommand(io, o, program)));
};
