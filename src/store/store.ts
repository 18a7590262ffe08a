import type { Article, Event } from '../schema/event.ts';

// The storage port (docs/store-contract.md): the CLI, ingest and the HTTP server know this interface,
// not SQLite or PostgreSQL. Every method is async because PostgreSQL is.
export interface Store {
  /** What openStore was given: a SQLite path / file: URL, or a postgres:// URL. */
  readonly url: string;
  readonly backend: 'sqlite' | 'postgres';
  /** Validates, then writes the article and its events in one transaction. Duplicate (same doc_id or same
   *  normalised-text hash) → stores nothing. meta.duplicateOf (a doc_id) stores the article row linked to
   *  its first copy, with no events (near-duplicates found by ingest). */
  saveArticle(article: Article, events: readonly Event[], meta?: SaveMeta): Promise<SaveResult>;
  /** One transaction for the batch; an item that fails is rolled back alone and reported. */
  saveMany(items: Iterable<SaveItem>): Promise<SaveManyResult[]>;
  queryEvents(filter?: EventFilter): Promise<Event[]>;
  countEvents(filter?: EventFilter): Promise<number>;
  /** Counts and Goldstein sums per period × (type | dyad | nothing), for the filtered events. */
  stats(query: StatsQuery): Promise<StatsRow[]>;
  /** Full-text search over article title+text (SQLite FTS5 / PostgreSQL tsvector). */
  searchArticles(query: ArticleSearch): Promise<ArticleHit[]>;
  getArticle(docId: string): Promise<StoredArticle | null>;
  listActors(query?: ActorQuery): Promise<ActorCount[]>;
  /** Near-duplicate fingerprints of stored articles, for ingest's dedup at start-up. */
  fingerprints(): AsyncIterable<{ docId: string; simhash: string }>;
  countArticles(): Promise<number>;
  close(): Promise<void>;
  /** Added to the contract for export: every matching event with its article's metadata, in stored order
   *  (article, then position in the article), streamed. `limit`/`offset`/`sort` of the filter are ignored. */
  scanEvents?(filter?: EventFilter): AsyncIterable<ScannedEvent>;
}

export interface SaveMeta {
  /** Where the article was read from, kept so a stored event can be traced back to its file. */
  readonly sourcePath?: string;
  /** Near-duplicate fingerprint (hex), returned by fingerprints(). */
  readonly simhash?: string;
  /** doc_id of the first copy: the article row is stored, its events are not. */
  readonly duplicateOf?: string;
  /** Added: ISO timestamp to record as the ingest time (import keeps the exported one); default now. */
  readonly ingestedAt?: string;
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
  /** Events written by this call (0 for a duplicate or a near-duplicate). */
  readonly events: number;
}

export interface SaveFailure {
  readonly status: 'failed';
  readonly docId: string;
  readonly error: Error;
}

export type SaveManyResult = SaveResult | SaveFailure;

export type EventSort = 'date' | '-date' | 'goldstein' | '-goldstein' | 'confidence' | '-confidence';

export interface EventFilter {
  /** PLOVER type, any case. */
  readonly type?: string;
  /** CAMEO root, "19". */
  readonly cameoRoot?: string;
  /** Actor code with its sub-codes (a CAMEO code of 3-letter blocks is a prefix: USA matches USAMIL; any
   *  other code exactly), or a case-insensitive substring of the actor name — of ANY actor of the event
   *  (its `actors` list), not only the primary one. `target` likewise over the targets. */
  readonly actor?: string;
  readonly target?: string;
  /** Actor and target codes, either direction: one among the event's actors, the other among its targets. */
  readonly dyad?: readonly [string, string];
  /** ISO alpha-3 of the event location, or the code prefix of any actor or target. */
  readonly country?: string;
  /** The place id of the event's location (`location.id`): one place, not its country. */
  readonly place?: string;
  readonly near?: { readonly lat: number; readonly lon: number; readonly km: number };
  /** Inclusive date prefix: "2020", "2020-03" or "2020-03-11". */
  readonly since?: string;
  readonly until?: string;
  readonly certainty?: string;
  /** "outlet" (the outlet itself asserts it), or a speaker code / case-insensitive name substring. */
  readonly source?: string;
  readonly minConfidence?: number;
  /** Full-text match on the article title and text. */
  readonly text?: string;
  readonly docId?: string;
  /** Default: date ascending, undated last. */
  readonly sort?: EventSort;
  /** Default 100, max 10000. */
  readonly limit?: number;
  readonly offset?: number;
}

export interface StatsQuery {
  readonly period: 'day' | 'week' | 'month';
  readonly by: 'type' | 'dyad' | 'none';
  readonly filter?: EventFilter;
}

/** key: the type, "USA→IRN", or "". period: "2020-03-11", "2020-W11" or "2020-03"; a date coarser than the
 *  period keeps its own value ("2020-03" in a by-day table). Undated events are not counted. */
export interface StatsRow {
  readonly period: string;
  readonly key: string;
  readonly count: number;
  readonly goldstein: number;
}

export interface ArticleSearch {
  readonly text: string;
  readonly limit?: number;
  readonly offset?: number;
}

export interface ArticleHit {
  readonly docId: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly snippet: string;
  readonly events: number;
}

export interface StoredArticle {
  readonly docId: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly text: string;
  readonly sourcePath: string | null;
  readonly duplicateOf: string | null;
  readonly events: Event[];
}

export interface ActorQuery {
  readonly limit?: number;
  /** Code exactly, or a case-insensitive substring of the name. */
  readonly text?: string;
}

export interface ActorCount {
  readonly code: string | null;
  readonly name: string;
  readonly events: number;
}

/** One event as export sees it: the record and what its article adds. */
export interface ScannedEvent {
  readonly event: Event;
  /** Position of the event in its article, from 0. */
  readonly ordinal: number;
  readonly article: {
    readonly title: string | null;
    readonly published: string | null;
    readonly url: string | null;
    readonly ingestedAt: string;
  };
}
