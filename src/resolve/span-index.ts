/**
 * Spans sorted by start, for "which span contains or overlaps this one" in O(log n) instead of a scan
 * over every span (articles can hold thousands of phrases). Spans overlap little, so a short look-back suffices.
 */
export class SpanIndex<T extends { readonly start: number; readonly end: number }> {
  private readonly spans: T[];

  constructor(spans: Iterable<T>) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
  }

  /** Index of the last span starting at or before `offset`, or -1. */
  private lastStartingBy(offset: number): number {
    let lo = 0;
    let hi = this.spans.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid].start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** Spans that overlap [start, end). */
  overlapping(start: number, end: number): T[] {
    const out: T[] = [];
    const last = this.lastStartingBy(end - 1);
    for (let i = last; i >= 0 && last - i < 8; i--) {
      const s = this.spans[i];
      if (s.start < end && start < s.end) out.push(s);
    }
    return out;
  }

  /** True when a span overlapping [start, end) passes `where` (asked per token: no list is made). */
  overlaps(start: number, end: number, where?: (span: T) => boolean): boolean {
    const last = this.lastStartingBy(end - 1);
    for (let i = last; i >= 0 && last - i < 8; i--) {
      const s = this.spans[i];
      if (s.start < end && start < s.end && (where === undefined || where(s))) return true;
    }
    return false;
  }

  /** Spans that contain [start, end). */
  containing(start: number, end: number): T[] {
    return this.overlapping(start, end).filter((s) => s.start <= start && end <= s.end);
  }
}
