import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type ModelParts, decodeModel, modelFromParts, readModelParts } from './model-codec.ts';
import { unzippedModelBytes } from './model-cache.ts';
import type { SyntaxModel } from './syntax-model.ts';
import { PACKAGE_DATA_DIR } from '../../paths.ts';

// The shipped model, resolved from this module (not the working directory), read once per process on
// first use. This file and model-cache.ts are the only ones of the syntax core that touch the file system.
export const MODEL_URL = pathToFileURL(join(PACKAGE_DATA_DIR, 'models/en-ewt-syntax.bin.gz'));

let cached: SyntaxModel | undefined;

export function loadSyntaxModel(url: URL = MODEL_URL): SyntaxModel {
  let bytes: Buffer;
  try { bytes = unzippedModelBytes(url); } catch (e) {
    throw new Error(`cannot read the syntax model ${url.pathname} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); rebuild it with npm run train:parser`);
  }
  return decodeModel(bytes, url.pathname);
}

let shared: ModelParts | undefined;

/** The shipped model, or the file named by EVENTLENS_SYNTAX_MODEL (to compare a candidate model inside the coder). */
export function shippedSyntaxModel(): SyntaxModel {
  cached ??= shared ? modelFromParts(shared) : loadSyntaxModel(shippedUrl());
  return cached;
}

const shippedUrl = () => (process.env.EVENTLENS_SYNTAX_MODEL ? pathToFileURL(process.env.EVENTLENS_SYNTAX_MODEL) : MODEL_URL);

/**
 * The shipped model's weight tables in shared memory, read once per process: the coder threads of a pool get
 * them with their start-up data (`useSharedModel`) and all read one copy. Each thread building its own had
 * put 29 MB of tables per thread in the CPU's last-level cache (32 MB here, shared by the cores), where the
 * tagger and parser are bound by random reads of those tables; and in memory, 29 MB per thread.
 */
export function sharedModelParts(): ModelParts {
  if (shared === undefined) {
    const url = shippedUrl();
    let bytes: Buffer;
    try { bytes = unzippedModelBytes(url); } catch (e) { throw new Error(`cannot read the syntax model ${url.pathname} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`); }
    shared = readModelParts(bytes, url.pathname, true);
  }
  return shared;
}

/** This thread's model is built on `parts` (from `sharedModelParts` of the thread that started it). */
export function useSharedModel(parts: ModelParts): void {
  if (cached === undefined) shared = parts;
}
