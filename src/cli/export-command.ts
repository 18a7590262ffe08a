import { createReadStream, createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { exportEvents, formatNamed, importEvents } from '../export/index.ts';
import type { ExportFormat } from '../export/index.ts';
import { displayUrl, openStore, type Store } from '../store/index.ts';
import type { HookResult } from '../watch/hook/index.ts';
import { filterFromOptions, type FilterOptions } from './filter-options.ts';
import { batchExitCode, UsageError, type ExitCode, type Io } from './io.ts';

export interface ExportCommandOptions extends FilterOptions {
  readonly format: string;
  readonly out?: string;
  readonly record: boolean;
}

/** `eventlens export`: every matching event, to stdout or --out, in one of the file formats. */
export async function exportCommand(io: Io, opts: ExportCommandOptions): Promise<ExitCode> {
  const format = formatOption(opts.format);
  const filter = filterFromOptions(opts);
  const store = await openStore(opts.db, { mustExist: true });
  const sink = opts.out === undefined ? process.stdout : createWriteStream(opts.out);
  try {
    const count = await exportEvents(store, format, writer(sink), { filter, record: opts.record });
    if (sink !== process.stdout) await new Promise<void>((resolve, reject) => sink.end((e?: Error | null) => (e ? reject(e) : resolve())));
    io.err(`${count} events exported as ${format.name} from ${displayUrl(opts.db)}${opts.out === undefined ? '' : ` → ${opts.out}`}`);
  } catch (error) {
    // `eventlens export … | head`: the reader has all it wanted.
    if ((error as { code?: string }).code !== 'EPIPE') throw error;
  } finally {
    await store.close();
  }
  return 0;
}

/** `eventlens import`: files written by `export` (any format with its record column), or - for stdin. */
export async function importCommand(io: Io, files: readonly string[], opts: { db: string; format?: string }): Promise<ExitCode> {
  const format = opts.format === undefined ? undefined : formatOption(opts.format);
  const store = await openStore(opts.db);
  const total = { stored: 0, duplicate: 0, events: 0, failed: 0 };
  let fired: HookResult | null = null;
  try {
    for (const file of files) {
      try {
        const input = file === '-' ? process.stdin.setEncoding('utf8') : createReadStream(file, { encoding: 'utf8' });
        const tally = await importEvents(store, input as AsyncIterable<string>, { format, source: file, onError: (m) => io.err(m) });
        total.stored += tally.stored;
        total.duplicate += tally.duplicate;
        total.events += tally.events;
        total.failed += tally.failed;
      } catch (error) {
        const err = error as NodeJS.ErrnoException;
        io.err(err.code === 'ENOENT' ? `${file}: no such file` : err.message);
        total.failed++;
      }
    }
    // with watch rules enabled on the store, the new events are linked at once and the rules see them
    if (total.stored > 0) fired = await watchImported(store);
  } finally {
    await store.close();
  }
  io.out(`${total.stored} articles stored, ${total.duplicate} already stored, ${total.events} events, ${total.failed} failed → ${displayUrl(opts.db)}`);
  if (fired !== null) (await import('./watch-output.ts')).printFired(io, fired);
  return batchExitCode(total.stored + total.duplicate, total.failed);
}

async function watchImported(store: Store): Promise<HookResult | null> {
  const { hasEnabledRules, watchStoredIncidents } = await import('../watch/hook/index.ts');
  if (!await hasEnabledRules(store)) return null;
  const { linkPendingEvents } = await import('../store/incidents-link.ts');
  return watchStoredIncidents(store, (await linkPendingEvents(store)).incidentIds);
}

function formatOption(name: string): ExportFormat {
  try {
    return formatNamed(name);
  } catch (error) {
    throw new UsageError(`--format: ${(error as Error).message}`);
  }
}

// Resolves when the stream can take more, so a slow pipe slows the export instead of filling memory.
function writer(stream: Writable): (text: string) => Promise<void> {
  let failure: Error | null = null;
  stream.on('error', (e: Error) => { failure = e; });
  return (text) => new Promise((resolve, reject) => {
    if (failure !== null) return reject(failure);
    if (stream.write(text)) return resolve();
    const done = (): void => {
      stream.off('drain', done);
      stream.off('error', done);
      return failure === null ? resolve() : reject(failure);
    };
    stream.once('drain', done);
    stream.once('error', done);
  });
}
