import { hostname, networkInterfaces } from 'node:os';
import type { ApiToken } from '../serve/api-token.ts';
import { CODE_TIMEOUT_MS } from '../serve/code-timeout.ts';
import { DEFAULT_DB, UsageError, type ExitCode, type Io, type RegisterCommands } from './io.ts';

/** `serve`: the HTTP API and the dashboard, on loopback unless told otherwise. */
export const registerServeCommands: RegisterCommands = (program, io, done) => {
  program.command('serve').description('HTTP API and dashboard over a database (loopback only by default)')
    .option('--db <path>', 'SQLite file or postgres:// URL', DEFAULT_DB)
    .option('--port <n>', 'TCP port (0 picks a free one)', '8787')
    .option('--host <address>', 'address to listen on; anything but loopback exposes the API and POST /articles to the network', '127.0.0.1')
    .option('--api-only', 'serve the JSON API without the dashboard (no build needed)')
    .option('--token <token>', 'the token writes must carry (default: EVENTLENS_TOKEN, or one made on first start and kept in ~/.config/eventlens/token)')
    .option('--allow-host <name>', 'a host name the server answers to besides loopback and --host (repeatable; a guard against DNS rebinding)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--threads <n>', 'coder threads for POST /articles', '1')
    .option('--code-timeout <seconds>', 'longest time one POST /articles may code before its thread is stopped (504)', String(CODE_TIMEOUT_MS / 1000))
    .action(async (o: ServeFlags) => done(await serveCommand(io, o, program.opts<{ kb?: string[] }>().kb ?? [])));
};

interface ServeFlags {
  readonly db: string;
  readonly port: string;
  readonly host: string;
  readonly apiOnly?: boolean;
  readonly token?: string;
  readonly allowHost?: readonly string[];
  readonly threads?: string;
  readonly codeTimeout?: string;
}

export async function serveCommand(io: Io, opts: ServeFlags, kbFiles: readonly string[] = []): Promise<ExitCode> {
  // loaded on use: the server and its bundler cost a second or two that other commands should not pay
  const { createServer, ensureWebBundle, coderThreads, resolveApiToken } = await import('../serve/index.ts');
  const { openStore } = await import('../store/index.ts');
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`serve: --port must be a whole number 0-65535, not '${opts.port}'`);
  const threads = Number(opts.threads ?? '1');
  if (!Number.isInteger(threads) || threads < 1 || threads > 64) throw new UsageError(`serve: --threads must be a whole number 1-64, not '${opts.threads}'`);
  const timeoutMs = Number(opts.codeTimeout ?? CODE_TIMEOUT_MS / 1000) * 1000;
  if (!(timeoutMs >= 1000)) throw new UsageError(`serve: --code-timeout must be a number of seconds >= 1, not '${opts.codeTimeout}'`);
  let apiToken: ApiToken;
  try {
    apiToken = resolveApiToken(opts.token);
  } catch (error) {
    throw new UsageError(`serve: ${(error as Error).message}`);
  }
  const webRoot = opts.apiOnly ? null : await ensureWebBundle((line) => io.err(line));
  const store = await openStore(opts.db, { mustExist: true });
  const coder = coderThreads({ threads, kbFiles, timeoutMs });
  const app = await createServer({ store, coder: coder.code, webRoot, token: apiToken.token, allowedHosts: allowedHosts(opts.host, opts.allowHost ?? []) });
  try {
    const address = await app.listen({ port, host: opts.host });
    io.out(`eventlens: serving ${opts.db} at ${address}/  (API description: ${address}/openapi.json; Ctrl-C stops)`);
    if (apiToken.created) {
      io.err(`eventlens: a new API token for writes (POST /articles) is in ${apiToken.from} (readable by you only): ${apiToken.token}`);
      io.err(`eventlens: the dashboard on this machine has it already; from elsewhere open ${address}/#token=${apiToken.token}`);
    }
    // reading needs no token: anyone who can reach the port can read the whole database
    if (!isLoopbackHost(opts.host)) io.err(`eventlens: listening on ${opts.host}: anyone who can reach this port can read the database; writes need the token`);
  } catch (error) {
    await coder.close();
    await store.close();
    throw error;
  }
  await new Promise<void>((resolveStop) => {
    const stop = () => resolveStop();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await app.close();
  await coder.close();
  await store.close();
  return 0;
}

function isLoopbackHost(host: string): boolean {
  return ['127.0.0.1', '::1', 'localhost'].includes(host);
}

// Loopback names always; the bound address; on a wildcard address, this machine's own names and
// addresses (what another machine on the network would type); and --allow-host.
function allowedHosts(host: string, extra: readonly string[]): string[] {
  const names = [host, ...extra];
  if (host === '0.0.0.0' || host === '::') {
    names.push(hostname());
    for (const list of Object.values(networkInterfaces())) for (const nic of list ?? []) names.push(nic.address);
  }
  return names;
}
