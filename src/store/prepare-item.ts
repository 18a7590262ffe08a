import { Article, Event } from '../schema/event.ts';
import { articleHash } from './content-hash.ts';
import type { SaveMeta } from './store.ts';

/** A save request that passed validation: what both writers insert. */
export interface PreparedItem {
  readonly article: Article;
  /** Empty for a near-duplicate (meta.duplicateOf): its events are its first copy's. */
  readonly events: readonly Event[];
  readonly hash: string;
  readonly sourcePath: string | null;
  readonly simhash: string | null;
  readonly duplicateOf: string | null;
  readonly ingestedAt: string;
}

// Validates everything before the first write, so an invalid item never leaves half an article.
export function prepareItem(rawArticle: Article, rawEvents: readonly Event[], meta: SaveMeta | undefined): PreparedItem {
  const article = Article.parse(rawArticle);
  const duplicateOf = meta?.duplicateOf ?? null;
  const events = duplicateOf !== null ? [] : rawEvents.map((raw, i) => {
    const parsed = Event.safeParse(raw);
    if (!parsed.success) {
      // One line: zod's own message is a JSON document, and errors are printed one per line.
      const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'event'}: ${issue.message}`).join('; ');
      throw new Error(`article ${article.id}: event ${i} is invalid: ${issues}`, { cause: parsed.error });
    }
    if (parsed.data.doc_id !== article.id) {
      throw new Error(`article ${article.id}: event ${i} belongs to doc_id '${parsed.data.doc_id}'`);
    }
    return parsed.data;
  });
  const ingestedAt = meta?.ingestedAt ?? new Date().toISOString();
  if (Number.isNaN(Date.parse(ingestedAt))) throw new Error(`article ${article.id}: invalid ingestedAt '${ingestedAt}'`);
  return {
    article,
    events,
    hash: articleHash(article.id, article.text),
    sourcePath: meta?.sourcePath ?? null,
    simhash: meta?.simhash ?? null,
    duplicateOf,
    ingestedAt,
  };
}

export function failureOf(docId: unknown, error: unknown): { status: 'failed'; docId: string; error: Error } {
  return { status: 'failed', docId: String(docId), error: error instanceof Error ? error : new Error(String(error)) };
}
