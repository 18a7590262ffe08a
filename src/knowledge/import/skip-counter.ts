/** Entries an importer skipped, counted per reason with the first few lines, for its report. */
export class SkipCounter {
  private readonly byReason = new Map<string, { count: number; lines: number[] }>();

  constructor(readonly file: string) {}

  add(reason: string, line: number): void {
    const seen = this.byReason.get(reason) ?? { count: 0, lines: [] };
    seen.count++;
    if (seen.lines.length < 3) seen.lines.push(line);
    this.byReason.set(reason, seen);
  }

  count(reason: string): number {
    return this.byReason.get(reason)?.count ?? 0;
  }

  get total(): number {
    let n = 0;
    for (const { count } of this.byReason.values()) n += count;
    return n;
  }

  /** "  malformed date: 12 (lines 40, 812, 977)", one line per reason, largest first. */
  report(): string[] {
    return [...this.byReason.entries()]
      .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
      .map(([reason, { count, lines }]) => `  ${this.file}: ${reason}: ${count} (lines ${lines.join(', ')}${count > lines.length ? ', …' : ''})`);
  }
}
