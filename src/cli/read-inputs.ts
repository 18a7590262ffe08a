import { readFileSync } from 'node:fs';
import type { Article } from '../schema/event.ts';
import { articleFromBuffer, InputError, readJsonl, readTextFile, type ArticleOptions } from '../ingest/index.ts';
import { detectFormat } from '../ingest/formats/detect-format.ts';
import { extractArticle } from '../ingest/formats/html-article.ts';
import { docIdFor } from '../ingest/doc-id.ts';

export type InputItem = { ok: true; article: Article; source: string } | { ok: false; error: Error; source: string };


/**
 * Articles from files, "-" (stdin) or JSON Lines; every failure comes back as an item naming
 * the file (and line), so the caller reports it and goes on with the rest of the batch.
 */
export function* readInputs(paths: readonly string[], opts: ArticleOptions & { jsonl?: boolean }): Generator<InputItem> {
  for (const path of paths) {
    try {
      if (path === '-') {
        yield { ok: true, article: asArticle(articleFromBuffer(readFileSync(0), 'stdin', opts), 'stdin', opts), source: 'stdin' };
        continue;
      }
      const isJsonl = opts.jsonl || /\.jsonl$/i.test(path);
      if (!isJsonl) {
        yield { ok: true, article: asArticle(readTextFile(path, opts), path, opts), source: path };
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

/**
 * A saved web page is read as `ingest` reads one: its article's text, title and date, not its markup (whose menus,
 * related links and scripts had been coded as the story). A feed or a web archive holds many articles: `ingest`
 * splits them; here they are one clear error instead of markup coded as prose.
 */
function asArticle(read: Article, name: string, opts: ArticleOptions): Article {
  const format = detectFormat(Buffer.from(read.text.slice(0, 4096)), name);
  if (format === 'feed' || format === 'warc') throw new InputError(name, `a ${format === 'feed' ? 'news feed' : 'web archive (WARC)'} of many articles: \`eventlens ingest\` reads them one by one`);
  if (format !== 'html') return read;
  const page = extractArticle(read.text);
  if (page === null) throw new InputError(name, 'a web page with no article body (too few words or sentences in its main text)');
  return {
    id: docIdFor(name, page.text),
    text: page.text,
    published: opts.published ?? page.published,
    title: opts.title?.trim() || page.title,
    ...(page.url ? { url: page.url } : {}),
  };
}
