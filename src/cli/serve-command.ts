import { openStore } from '../store/index.ts';
import { coderContext } from './context.ts';
import { DEFAULT_DB, UsageError, type ExitCode, type Io, type RegisterCommands } from './io.ts';

/** `serve`: the HTTP API and the dashboard, on loopback unless told otherwise. */
export const registerServeCommands: RegisterCommands = (program, io, done) => {
  program.command('serve').description('HTTP API and dashboard over a database (loopback only by default)')
    .option('--db <path>', 'SQLite file or postgres:// URL', DEFAULT_DB)
    .option('--port <n>', 'TCP port (0 picks a free one)', '8787')
    .option('--host <address>', 'address to listen on; anything but loopback exposes the API and POST /articles to the network', '127.0.0.1')
    .option('--api-only', 'serve the JSON API without the dashboard (no build needed)')
    .action(async (o: { db: string; port: string; host: string; apiOnly?: boolean }) => done(await serveCommand(io, o)));
};

export async function serveCommand(io: Io, opts: { db: string; port: string; host: string; apiOnly?: boolean }): Promise<ExitCode> {
  // loaded on use: the server and its bundler cost a second or two that other commands should not pay
  const { createServer, ensureWebBundle } = await import('../serve/index.ts');
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`serve: --port must be a whole number 0-65535, not '${opts.port}'`);
  const webRoot = opts.apiOnly ? null : await ensureWebBundle((line) => io.err(line));
  const store = await openStore(opts.db, { mustExist: true });
  const app = await createServer({ store, coder: () => coderContext().coder, webRoot });
  try {
    const address = await app.listen({ port, host: opts.host });
    io.out(`eventlens: serving ${opts.db} at ${address}/  (API description: ${address}/openapi.json; Ctrl-C stops)`);
    // POST /articles codes text and fetches URLs for whoever can reach the port.
    if (!['127.0.0.1', '::1', 'localhost'].includes(opts.host)) io.err(`eventlens: listening on ${opts.host}: anyone who can reach this port can read the database and store articles`);
  } catch (error) {
    await store.close();
    throw error;
  }
  await new Promise<void>((resolveStop) => {
    const stop = () => resolveStop();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await app.close();
  await store.close();
  return 0;
}
