import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { decodeModel } from './model-codec.ts';
import type { SyntaxModel } from './syntax-model.ts';

// The shipped model, resolved from this module (not the working directory), read once per process on
// first use. This is the only file of the syntax core that touches the file system.
export const MODEL_URL = new URL('../../../data/models/en-ewt-syntax.bin.gz', import.meta.url);

let cached: SyntaxModel | undefined;

export function loadSyntaxModel(url: URL = MODEL_URL): SyntaxModel {
  let bytes: Buffer;
  try { bytes = readFileSync(url); } catch (e) {
    throw new Error(`cannot read the syntax model ${url.pathname} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); rebuild it with npm run train:parser`);
  }
  return decodeModel(bytes, url.pathname);
}

/** The shipped model, or the file named by EVENTLENS_SYNTAX_MODEL (to compare a candidate model inside the coder). */
export function shippedSyntaxModel(): SyntaxModel {
  const other = process.env.EVENTLENS_SYNTAX_MODEL;
  cached ??= loadSyntaxModel(other ? pathToFileURL(other) : MODEL_URL);
  return cached;
}
