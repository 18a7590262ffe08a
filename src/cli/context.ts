import { loadKnowledge } from '../knowledge/load.ts';
import { createCoder, type Coder, type CoderOptions } from '../core/index.ts';
import type { Knowledge } from '../knowledge/types.ts';

let cached: { kb: Knowledge; coder: Coder; key: string } | null = null;
let userFiles: string[] = [];

/** `--kb FILE` (repeatable): the user's own actors, places and patterns, merged over the bundled ones. */
export function useKnowledgeFiles(files: readonly string[]): void {
  userFiles = [...files];
  cached = null;
}

/** Knowledge and coder, loaded once per process on first use (commands like `events` never need them). */
export function coderContext(options: CoderOptions = {}): { kb: Knowledge; coder: Coder } {
  const key = JSON.stringify(options);
  if (!cached || cached.key !== key) {
    const kb = cached?.kb ?? loadKnowledge(undefined, userFiles);
    cached = { kb, coder: createCoder(kb, options), key };
  }
  return cached;
}
