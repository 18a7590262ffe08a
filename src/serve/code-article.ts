import { createHash } from 'node:crypto';
import type { Article } from '../schema/event.ts';
import type { Store } from '../store/index.ts';
import type { CodedArticle } from './api-types.ts';
import { binaryTextProblem } from './binary-text.ts';
import type { ArticleCoder } from './coder-threads.ts';
import type { FetchArticle } from './fetch-article.ts';
import { HttpError } from './http-error.ts';
import { linkAndWatch } from './watch-after-post.ts';
import type { PostArticleBody } from './query-schemas.ts';

export interface CodeDeps {
  readonly store: Store;
  readonly coder: ArticleCoder;
  readonly fetchArticle: FetchArticle;
  /** Where problems after the answer go (a webhook that failed): the server's log. */
  readonly log?: (line: string) => void;
}

/** POST /articles: text (or the text of a fetched URL) → coded, stored, and returned with its events. */
export async function codeAndStore(body: PostArticleBody, deps: CodeDeps): Promise<CodedArticle> {
  const fetched = body.text === undefined && body.url !== undefined ? await deps.fetchArticle(body.url) : null;
  const text = body.text ?? fetched?.text ?? '';
  const url = fetched?.url ?? body.url ?? null;
  // refused before anything is coded or stored: 422, the request was well-formed JSON
  const binary = binaryTextProblem(text);
  if (binary !== null) throw new HttpError(422, `${fetched === null ? 'text' : url}: not article text: ${binary}`);
  const article: Article = {
    id: await docIdFor(url, text),
    text,
    published: body.published ?? fetched?.published ?? null,
    title: body.title ?? fetched?.title ?? firstLineTitle(text),
    url,
  };
  const events = await deps.coder(article);
  const saved = await deps.store.saveArticle(article, events, { sourcePath: url ?? 'POST /articles' });
  const after = saved.status === 'stored' ? await linkAndWatch(deps.store, article.id, deps.log ?? (() => undefined)) : null;
  return {
    status: saved.status,
    article: { docId: article.id, title: article.title, published: article.published, url, text },
    events,
    ...(after === null || after.alerts.length === 0 ? {} : { alerts: after.alerts }),
    ...(after === null || after.warnings.length === 0 ? {} : { warnings: after.warnings }),
  };
}

// "pasted#3f2a9c1d0b", "example.org#3f2a9c1d0b": the same text posted twice gets the same id, so the
// store's duplicate check and a later GET /articles/:id both find it. Whitespace runs count as one
// space. Hashed a slice at a time, yielding between slices: on a 10 MB text the whole normalisation
// takes a second or more, and the server must keep answering meanwhile.
const SLICE = 256 * 1024;
async function docIdFor(url: string | null, text: string): Promise<string> {
  const hash = createHash('sha256');
  const trimmed = text.trim();
  let endsInSpace = false;
  for (let at = 0; at < trimmed.length; at += SLICE) {
    let part = trimmed.slice(at, at + SLICE).replace(/\s+/g, ' ');
    // a run of whitespace across the cut is still one space
    if (endsInSpace && part.startsWith(' ')) part = part.slice(1);
    if (part.length > 0) endsInSpace = part.endsWith(' ');
    hash.update(part, 'utf8');
    if (at + SLICE < trimmed.length) await new Promise((resolve) => setImmediate(resolve));
  }
  const host = url === null ? 'pasted' : new URL(url).hostname;
  return `${host}#${hash.digest('hex').slice(0, 10)}`;
}

// A pasted wire story usually starts with its headline on a line of its own.
function firstLineTitle(text: string): string | null {
  const match = /^([^\n]{1,200})\n\s*\n/.exec(text.trim());
  return match ? match[1].trim() : null;
}
