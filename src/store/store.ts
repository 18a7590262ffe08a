import type { Article, Event } from '../schema/event.ts';
import type { EventFilter } from './event-filter.ts';

export interface SaveMeta {
  /** Where the article was read from, kept so a stored event can be traced back to its file. */
  readonly sourcePath?: string;
}

export interface SaveItem {
  readonly article: Article;
  readonly events: readonly Event[];
  readonly meta?: SaveMeta;
}

export interface SaveResult {
  /** 'duplicate': an article with the same doc_id or the same content was already stored. */
  readonly status: 'stored' | 'duplicate';
  /** The new row, or for a duplicate the row that was already there. */
  readonly articleId: number;
  /** Events written by this call (0 for a duplicate). */
  readonly events: number;
}

export interface SaveFailure {
  readonly status: 'failed';
  readonly docId: string;
  readonly error: Error;
}

export type SaveManyResult = SaveResult | SaveFailure;

// The storage port: the CLI and the HTTP server know this interface, not SQLite.
export interface Store {
  readonly path: string;
  /** Validates, then writes the article and its events in one transaction; throws if invalid. */
  saveArticle(article: Article, events: readonly Event[], meta?: SaveMeta): SaveResult;
  /** One transaction for the batch; an item that fails is rolled back alone and reported. */
  saveMany(items: Iterable<SaveItem>): SaveManyResult[];
  queryEvents(filter?: EventFilter): Event[];
  countArticles(): number;
  countEvents(): number;
  close(): void;
}
