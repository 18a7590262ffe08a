import type { Article, Event } from '../schema/event.ts';
import type { ScannedEvent } from '../store/index.ts';

// The full record a lossless export carries in one column (csv `record`, gdelt `EVENTLENS_RECORD`,
// polecat `record`): the Event exactly as stored, and what the article adds that the columns use.
export interface ExportRecord {
  readonly event: Event;
  readonly article: { readonly title: string | null; readonly published: string | null; readonly url: string | null; readonly ingested_at: string } | null;
}

export function recordOf(row: ScannedEvent): ExportRecord {
  const { title, published, url, ingestedAt } = row.article;
  return { event: row.event, article: { title, published, url, ingested_at: ingestedAt } };
}

/** An imported record → the article to store it under. Its text is unknown: only its events travel. */
export function articleOf(record: ExportRecord): Article {
  return {
    id: record.event.doc_id,
    text: '',
    title: record.article?.title ?? null,
    published: record.article?.published ?? null,
    url: record.article?.url ?? null,
  };
}
