import { loadKnowledge } from '../knowledge/load.ts';
import { createCoder, type Coder, type CoderOptions } from '../core/index.ts';
import type { Knowledge } from '../knowledge/types.ts';
import { knowledgeFiles } from './knowledge-files.ts';

let cached: { kb: Knowledge; coder: Coder; key: string; files: readonly string[] } | null = null;

/** Knowledge and coder, loaded once per process on first use (commands like `events` never need them). */
export function coderContext(options: CoderOptions = {}): { kb: Knowledge; coder: Coder } {
  const key = JSON.stringify(options);
  const files = knowledgeFiles();
  if (!cached || cached.key !== key || cached.files !== files) {
    const kb = cached?.files === files ? cached.kb : loadKnowledge(undefined, files);
    cached = { kb, coder: createCoder(kb, options), key, files };
  }
  return cached;
}
