import { createHash } from 'node:crypto';
import type { Article } from '../schema/event.ts';
import type { Store } from '../store/index.ts';
import type { CodedArticle } from './api-types.ts';
import type { ArticleCoder } from './coder-threads.ts';
import type { FetchArticle } from './fetch-article.ts';
import type { PostArticleBody } from './query-schemas.ts';

export interface CodeDeps {
  readonly store: Store;
  readonly coder: ArticleCoder;
  readonly fetchArticle: FetchArticle;
}

/** POST /articles: text (or the text of a fetched URL) → coded, stored, and returned with its events. */
export async function codeAndStore(body: PostArticleBody, deps: CodeDeps): Promise<CodedArticle> {
  const fetched = body.text === undefined && body.url !== undefined ? await deps.fetchArticle(body.url) : null;
  const text = body.text ?? fetched?.text ?? '';
  const url = fetched?.url ?? body.url ?? null;
  const article: Article = {
    id: docIdFor(url, text),
    text,
    published: body.published ?? fetched?.published ?? null,
    title: body.title ?? fetched?.title ?? firstLineTitle(text),
    url,
  };
  const events = await deps.coder(article);
  const saved = await deps.store.saveArticle(article, events, { sourcePath: url ?? 'POST /articles' });
  return {
    status: saved.status,
    article: { docId: article.id, title: article.title, published: article.published, url, text },
    events,
  };
}

// "pasted#3f2a9c1d0b", "example.org#3f2a9c1d0b": the same text posted twice gets the same id, so the
// store's duplicate check and a later GET /articles/:id both find it.
function docIdFor(url: string | null, text: string): string {
  const hash = createHash('sha256').update(text.trim().replace(/\s+/g, ' '), 'utf8').digest('hex').slice(0, 10);
  const host = url === null ? 'pasted' : new URL(url).hostname;
  return `${host}#${hash}`;
}

// A pasted wire story usually starts with its headline on a line of its own.
function firstLineTitle(text: string): string | null {
  const match = /^([^\n]{1,200})\n\s*\n/.exec(text.trim());
  return match ? match[1].trim() : null;
}
