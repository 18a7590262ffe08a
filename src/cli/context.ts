import { loadKnowledge } from '../knowledge/load.ts';
import { createCoder, type Coder } from '../core/index.ts';
import type { Knowledge } from '../knowledge/types.ts';

let cached: { kb: Knowledge; coder: Coder } | null = null;

/** Knowledge and coder, loaded once per process on first use (commands like `events` never need them). */
export function coderContext(): { kb: Knowledge; coder: Coder } {
  if (!cached) {
    const kb = loadKnowledge();
    cached = { kb, coder: createCoder(kb) };
  }
  return cached;
}
