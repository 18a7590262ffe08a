import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import { pruneOldFiles } from '../../knowledge/packed-file.ts';
import { PACKAGE_CACHE_DIR } from '../../paths.ts';

// Un-gzipping the shipped model (9 MB → 32 MB) cost ~340 ms of CPU at every start of a command that codes; reading
// the un-gzipped bytes back from the cache folder the knowledge base uses (node_modules/.cache/eventlens, or
// EVENTLENS_CACHE_DIR; empty turns it off) ~100 ms. The copy is named after the model file's name, size and time,
// so a retrained model is un-gzipped afresh. A cache that cannot be read or written is only slower.

/** The cache folder (null: caching off), shared with the word classes' cache (word-class-cache.ts). */
export function modelCacheDir(): string | null {
  const chosen = process.env.EVENTLENS_CACHE_DIR;
  if (chosen !== undefined) return chosen === '' ? null : chosen;
  return PACKAGE_CACHE_DIR;
}

/** The model file's bytes un-gzipped (`readModelParts` takes them as they are), from the cache when it has them. */
export function unzippedModelBytes(url: URL): Buffer {
  const path = fileURLToPath(url);
  const dir = modelCacheDir();
  const source = statSync(path);
  const file = dir === null ? null : join(dir, `syntax-${basename(path).replace(/\W+/g, '_')}-${source.size}-${Math.round(source.mtimeMs)}.bin`);
  if (file !== null) {
    try { return readFileSync(file); } catch { /* not made yet */ }
  }
  const raw = gunzipSync(readFileSync(path));
  if (file !== null) {
    try {
      mkdirSync(dir as string, { recursive: true });
      // written aside then renamed: a reader in another process or thread never sees half a file
      const partial = `${file}.${process.pid}-${threadId}.tmp`;
      writeFileSync(partial, raw);
      renameSync(partial, file);
      pruneOldFiles(dir as string, 'syntax-', 2);
    } catch {
      // a read-only install: every start un-gzips the model
    }
  }
  return raw;
}
