import type { Article } from '../schema/event.ts';
import { InputError, readJsonl } from '../ingest/index.ts';
import { readDoc } from '../ingest/pipeline/prepare.ts';
import { judgeText } from '../ingest/quality/text-quality.ts';
import { readInputs as readSources } from '../ingest/sources/read-inputs.ts';

// What `code` reads: everything `ingest` reads (text, saved pages, RSS/Atom feeds, WARC, JSON Lines,
// gzip, directories, stdin, URLs with --fetch), each document as the article it holds. Nothing is
// deduplicated, and what the user wrote or named is coded as it is; only pages found inside a feed, a
// crawl or a directory are judged as `ingest` judges them (a section front, a page in Portuguese is a
// counted skip on stderr, not events).

export type CodeInput =
  | { readonly kind: 'article'; readonly article: Article; readonly source: string }
  | { readonly kind: 'error'; readonly error: Error; readonly source: string }
  | { readonly kind: 'skip'; readonly reason: string; readonly source: string };

export interface CodeInputOptions {
  /** --published: for a file read whole it wins over the page's date; for a corpus's records
   *  (feed items, WARC records, JSON Lines) it dates those that carry none, as in `ingest`. */
  readonly published?: string;
  /** --title: the headline of a file read whole. */
  readonly title?: string;
  /** --jsonl FILE: read as JSON Lines whatever its name and first line. */
  readonly jsonl?: string;
  readonly fetch?: boolean;
  readonly fetchPrivate?: boolean;
}

export async function* codeInputs(paths: readonly string[], opts: CodeInputOptions): AsyncGenerator<CodeInput> {
  if (opts.jsonl !== undefined) yield* forcedJsonl(opts.jsonl);
  const named = new Set([...paths, 'stdin']);
  for await (const item of readSources(paths, { published: opts.published, fetch: opts.fetch, fetchPrivate: opts.fetchPrivate })) {
    if (item.kind === 'error') {
      yield item;
    } else if (item.kind === 'skip') {
      yield { kind: 'skip', reason: item.detail ? `${item.reason} (${item.detail})` : item.reason, source: item.source };
    } else {
      const read = readDoc(item);
      const whole = named.has(item.source);
      if (!read.ok) {
        // a page the user named must hold a story; a section front inside a crawl is a counted skip
        if (whole) yield { kind: 'error', error: new InputError(item.source, NOT_READ[read.refusal.reason] ?? read.refusal.reason), source: item.source };
        else yield { kind: 'skip', reason: read.refusal.reason, source: item.source };
        continue;
      }
      if (whole) {
        yield { kind: 'article', article: wholeFile(read.article, opts), source: item.source };
        continue;
      }
      const refusal = item.kind === 'html' ? judgeText(read.article.text, read.replaced) : null;
      if (refusal) yield { kind: 'skip', reason: refusal.detail ? `${refusal.reason} (${refusal.detail})` : refusal.reason, source: item.source };
      else yield { kind: 'article', article: read.article, source: item.source };
    }
  }
}

const NOT_READ: Readonly<Record<string, string>> = {
  'no article body': 'a web page with no article body (too few words or sentences in its main text)',
};

function wholeFile(article: Article, opts: CodeInputOptions): Article {
  const title = opts.title?.trim();
  return { ...article, ...(opts.published ? { published: opts.published } : {}), ...(title ? { title } : {}) };
}

function* forcedJsonl(path: string): Generator<CodeInput> {
  try {
    for (const item of readJsonl(path)) {
      const source = `${path}:${item.line}`;
      yield item.ok ? { kind: 'article', article: item.article, source } : { kind: 'error', error: item.error, source };
    }
  } catch (e) {
    yield { kind: 'error', error: e instanceof InputError ? e : new InputError(path, (e as Error).message), source: path };
  }
}
