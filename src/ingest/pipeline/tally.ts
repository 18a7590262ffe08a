// What an ingest did, counted as it goes: the progress line reads it, the summary prints it, and
// every document lands in exactly one bucket (read = stored + linked + already + skipped + failed,
// up to the documents still in flight).

export class Tally {
  /** Documents handed to the pipeline. */
  read = 0;
  /** Coded and stored with their events. */
  stored = 0;
  events = 0;
  /** Stored as a copy linked to its first copy, not coded. */
  exactDuplicates = 0;
  nearDuplicates = 0;
  /** Already in the store (an earlier run, or the same document twice). */
  alreadyStored = 0;
  failed = 0;
  readonly skipped = new Map<string, number>();
  /** Time the coders spent, summed over workers: the rest is overhead. */
  codeMs = 0;
  readonly startedAt = performance.now();

  skip(reason: string, detail?: string): void {
    // "not English (fra)" and "not English (deu)" are counted apart; other details would split
    // counts too finely ("12 words", "13 words") and are left to the debug output
    const key = reason === 'not English' && detail ? `${reason} (${detail})` : reason;
    this.skipped.set(key, (this.skipped.get(key) ?? 0) + 1);
  }

  get skippedTotal(): number {
    let total = 0;
    for (const n of this.skipped.values()) total += n;
    return total;
  }

  /** Documents whose outcome is known. */
  get done(): number {
    return this.stored + this.exactDuplicates + this.nearDuplicates + this.alreadyStored + this.failed + this.skippedTotal;
  }

  get seconds(): number {
    return (performance.now() - this.startedAt) / 1000;
  }
}

/** "120 articles stored, 3 already stored, 2,345 events, 1 failed → x.db; duplicates: ..." */
export function formatSummary(t: Tally, db: string): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const parts = [`${t.stored} articles stored, ${t.alreadyStored} already stored, ${t.events} events, ${t.failed} failed → ${db}`];
  if (t.exactDuplicates + t.nearDuplicates > 0) {
    parts.push(`duplicates linked to their first copy: ${n(t.exactDuplicates)} exact, ${n(t.nearDuplicates)} near`);
  }
  if (t.skipped.size > 0) {
    const reasons = [...t.skipped].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([reason, count]) => `${n(count)} ${reason}`);
    parts.push(`skipped: ${reasons.join(', ')}`);
  }
  const rate = t.seconds > 0 ? t.done / t.seconds : 0;
  parts.push(`${n(t.done)} documents in ${t.seconds.toFixed(1)} s (${rate.toFixed(1)}/s)`);
  return parts.join('\n');
}
