export interface ArticleOptions {
  /** "YYYY-MM-DD" or an ISO timestamp; null or absent when unknown. */
  readonly published?: string | null;
  /** Overrides the title taken from the first line. */
  readonly title?: string | null;
  /** Default DEFAULT_MAX_BYTES (10 MB). */
  readonly maxBytes?: number;
}
