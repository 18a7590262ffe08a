import type { Event } from '../schema/event.ts';

// What the linker is given: one stored event and what its article adds. Pure data, so the linker runs
// the same on a store, a test table or a synthetic benchmark.
export interface Report {
  /** "doc_id#ordinal": stable across databases and ingest orders, and the canonical sort key. */
  readonly key: string;
  /** The event_id exports give this event (stableEventId), so incident and event exports join. */
  readonly eventId: number;
  readonly event: Event;
  /** Who published it; see outletOf. */
  readonly outlet: string;
  /** When it was reported: the article's publication date, else its ingest time. */
  readonly reportedAt: string | null;
}

export function reportKey(docId: string, ordinal: number): string {
  return `${docId}#${ordinal}`;
}

/** Byte order, not locale order: the same on every machine, as canonical orders must be. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
