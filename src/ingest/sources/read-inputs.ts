import { createReadStream, lstatSync, readdirSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { InputError } from '../input-error.ts';
import { DEFAULT_MAX_BYTES } from '../size-limit.ts';
import { fsInputError } from '../stat-input.ts';
import { fetchBytes, isUrl } from './fetch-url.ts';
import { readStream, type ReadOptions } from './read-stream.ts';
import type { SourceItem } from './source-item.ts';

// Everything the user named on the command line, as one stream of documents: files, directories
// (recursively, in name order, hidden entries skipped), "-" for stdin, and URLs with --fetch.
// Inputs are opened one after another, so memory holds one input's read-ahead, never a corpus.

export interface InputsOptions extends Omit<ReadOptions, 'walked' | 'charset'> {
  /** Lets URL arguments through. */
  readonly fetch?: boolean;
  readonly stdin?: NodeJS.ReadableStream;
}

export async function* readInputs(inputs: readonly string[], opts: InputsOptions = {}): AsyncGenerator<SourceItem> {
  for (const input of inputs) {
    if (input === '-') {
      yield* readStream(Readable.from(opts.stdin ?? process.stdin), 'stdin', opts);
    } else if (isUrl(input)) {
      yield* readUrl(input, opts);
    } else {
      yield* readPath(input, opts, false);
    }
  }
}

async function* readUrl(url: string, opts: InputsOptions): AsyncGenerator<SourceItem> {
  if (!opts.fetch) {
    yield { kind: 'error', error: new InputError(url, 'a URL: add --fetch to download feeds and pages'), source: url };
    return;
  }
  try {
    const page = await fetchBytes(url, opts.maxBytes ?? DEFAULT_MAX_BYTES, { allowPrivate: opts.fetchPrivate });
    opts.counter?.add(page.bytes.length);
    const charset = /charset=["']?([\w.:-]+)/i.exec(page.contentType ?? '')?.[1] ?? null;
    yield* readStream(Readable.from([Buffer.from(page.bytes)]), url, { ...opts, counter: undefined, fetchPages: true, charset });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    yield { kind: 'error', error, source: url };
  }
}

async function* readPath(path: string, opts: InputsOptions, walked: boolean): AsyncGenerator<SourceItem> {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    yield { kind: 'error', error: fsInputError(path, error), source: path };
    return;
  }
  if (stats.isDirectory()) {
    // a symlink to a directory could lead back up the tree: only directories named by the user are followed
    if (walked && lstatSync(path).isSymbolicLink()) return;
    for (const name of listDirectory(path)) yield* readPath(join(path, name), opts, true);
    return;
  }
  if (!stats.isFile()) {
    if (!walked) yield { kind: 'error', error: new InputError(path, 'not a regular file'), source: path };
    return;
  }
  yield* readStream(createReadStream(path, { highWaterMark: 256 * 1024 }), path, { ...opts, walked });
}

function listDirectory(path: string): string[] {
  return readdirSync(path).filter((name) => !name.startsWith('.')).sort();
}

/** Bytes the inputs will read, for the ETA; null when unknown (stdin, URLs). */
export function totalInputBytes(inputs: readonly string[]): number | null {
  let total = 0;
  const visit = (path: string, walked: boolean): void => {
    const stats = statSync(path, { throwIfNoEntry: false });
    if (stats === undefined) return; // reported when read
    if (stats.isDirectory()) {
      if (!walked || !lstatSync(path).isSymbolicLink()) for (const name of listDirectory(path)) visit(join(path, name), true);
    } else if (stats.isFile()) {
      total += stats.size;
    }
  };
  for (const input of inputs) {
    if (input === '-' || isUrl(input)) return null;
    visit(input, false);
  }
  return total;
}
