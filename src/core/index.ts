import type { Knowledge } from '../knowledge/types.ts';
import { createCoder as createArticleCoder, type Coder, type CoderOptions } from './coder.ts';
import { sectionedCoder } from './sectioned-coder.ts';

export type { Coder, CoderOptions };

/** The coder of texts: a roundup's stories one by one (core/sectioned-coder.ts), any other text as one article. */
export function createCoder(kb: Knowledge, options: CoderOptions = {}): Coder {
  return sectionedCoder(createArticleCoder(kb, options), kb);
}
