import { readFileSync } from 'node:fs';
import type { Article } from '../schema/event.ts';
import { articleFromBuffer, InputError, readJsonl, readTextFile, type ArticleOptions } from '../ingest/index.ts';

export type InputItem = { ok: true; article: Article; source: string } | { ok: false; error: Error; source: string };


/**
 * Articles from text files, "-" (stdin) or JSON Lines, for `demo`'s example files (`code` reads what `ingest` reads:
 * code-inputs.ts); every failure comes back as an item naming
 * the file (and line), so the caller reports it and goes on with the rest of the batch.
 */
export function* readInputs(paths: readonly string[], opts: ArticleOptions & { jsonl?: boolean }): Generator<InputItem> {
  for (const path of paths) {
    try {
      if (path === '-') {
        yield { ok: true, article: articleFromBuffer(readFileSync(0), 'stdin', opts), source: 'stdin' };
        continue;
      }
      const isJsonl = opts.jsonl || /\.jsonl$/i.test(path);
      if (!isJsonl) {
        yield { ok: true, article: readTextFile(path, opts), source: path };
        continue;
      }
      for (const item of readJsonl(path)) {
        const source = `${path}:${item.line}`;
        yield item.ok ? { ok: true, article: item.article, source } : { ok: false, error: item.error, source };
      }
    } catch (e) {
      const error = e instanceof InputError ? e : new InputError(path, (e as Error).message);
      yield { ok: false, error, source: path };
    }
  }
}
