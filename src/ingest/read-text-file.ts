import { readFileSync } from 'node:fs';
import type { Article } from '../schema/event.ts';
import { articleFromBuffer } from './article-from-buffer.ts';
import type { ArticleOptions } from './article-options.ts';
import { InputError } from './input-error.ts';
import { fsInputError, statInput } from './stat-input.ts';
import { DEFAULT_MAX_BYTES, tooLargeReason } from './size-limit.ts';

// One plain-text file is one article. The size is checked on the stat, before reading, so a
// multi-GB corpus passed by mistake fails at once instead of filling memory.
export function readTextFile(path: string, opts: ArticleOptions = {}): Article {
  const stats = statInput(path);
  const limit = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (stats.size > limit) throw new InputError(path, tooLargeReason('file', stats.size, limit));
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw fsInputError(path, error);
  }
  return articleFromBuffer(bytes, path, opts);
}
