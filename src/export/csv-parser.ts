export type Row = { readonly line: number; readonly cells: string[] } | { readonly line: number; readonly error: string };

// RFC 4180 records from text fed in chunks. A quote that never closes would swallow the rest of the
// file into one cell (one error, thousands of records lost): when the file ends inside a quoted cell,
// or a record grows past maxRecord, that row is reported and parsing restarts on the line after its
// first line, so only the bad row is lost. The raw text of the current record is kept for that
// restart, bounded by maxRecord.
export class CsvParser {
  private cells: string[] = [];
  private cell = '';
  private quoted = false;
  private afterQuote = false;
  private line = 1;
  private start = 1;
  private any = false;
  private raw: string[] = [];
  private rawLength = 0;
  private skipping = false;
  private readonly queue: string[] = [];

  constructor(private readonly maxRecord: number) {}

  *feed(chunk: string): Iterable<Row> {
    this.queue.push(chunk);
    while (this.queue.length > 0) yield* this.scan(this.queue.shift() ?? '');
  }

  *end(): Iterable<Row> {
    while (this.quoted) {
      yield this.restart('', 'unterminated quote: the quoted cell opened in this row never closes');
      while (this.queue.length > 0) yield* this.scan(this.queue.shift() ?? '');
    }
    if (this.any && !this.skipping) {
      this.cells.push(this.cell);
      yield { line: this.start, cells: this.cells };
    }
  }

  private *scan(text: string): Iterable<Row> {
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (this.skipping) {
        if (c === '\n') { this.skipping = false; this.reset(++this.line); from = i + 1; }
        continue;
      }
      this.any = true;
      if (this.rawLength + (i - from) > this.maxRecord) {
        const rest = text.slice(i);
        const pending = this.raw.join('') + text.slice(from, i);
        if (this.quoted && pending.includes('\n')) {
          this.queue.unshift(rest); // restart puts the re-read text before it
          yield this.restart(pending, `unterminated quote: the quoted cell opened in this row runs past ${this.mb()}`);
          return;
        }
        yield { line: this.start, error: `row longer than ${this.mb()} (skipped)` };
        this.reset(this.line);
        this.skipping = true;
        i--; // look at this character again, in skip mode
        continue;
      }
      if (this.quoted) {
        if (c === '"') { this.quoted = false; this.afterQuote = true; } else { this.cell += c; if (c === '\n') this.line++; }
        continue;
      }
      if (c === '"') {
        // "" inside a quoted cell is one quote: the closing quote just seen was not the end.
        if (this.afterQuote) this.cell += '"';
        this.quoted = true;
        this.afterQuote = false;
      } else if (c === ',') {
        this.cells.push(this.cell); this.cell = ''; this.afterQuote = false;
      } else if (c === '\n') {
        this.cells.push(this.cell.endsWith('\r') && !this.afterQuote ? this.cell.slice(0, -1) : this.cell);
        yield { line: this.start, cells: this.cells };
        this.reset(++this.line);
        from = i + 1;
      } else if (!(c === '\r' && this.afterQuote)) {
        this.cell += c;
      }
    }
    if (!this.skipping && from < text.length) {
      this.raw.push(text.slice(from));
      this.rawLength += text.length - from;
    }
  }

  // Reports the row that began at `start` and queues its text after its first line to be read again.
  private restart(pending: string, error: string): Row {
    const row = { line: this.start, error };
    const raw = pending === '' ? this.raw.join('') : pending;
    const newline = raw.indexOf('\n');
    this.reset(this.start + 1);
    if (newline !== -1) this.queue.unshift(raw.slice(newline + 1));
    return row;
  }

  private reset(line: number): void {
    this.cells = [];
    this.cell = '';
    this.quoted = false;
    this.afterQuote = false;
    this.any = false;
    this.raw = [];
    this.rawLength = 0;
    this.line = line;
    this.start = line;
  }

  private mb(): string {
    return `${Math.round(this.maxRecord / 1024 / 1024)} MB`;
  }
}
