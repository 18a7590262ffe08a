// Cells of the delimited formats. CSV quotes what needs quoting (RFC 4180); the tab-separated formats,
// like GDELT's own files, have no quoting at all, so tabs and line breaks inside a value become spaces.

export type Cell = string | number | null | undefined;

export function csvCell(value: Cell): string {
  if (value == null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function tsvCell(value: Cell): string {
  if (value == null) return '';
  return String(value).replace(/[\t\r\n]+/g, ' ');
}

// A CSV parser that takes text in chunks and yields records, since a quoted cell may span lines.
export async function* csvRecords(chunks: AsyncIterable<string>): AsyncIterable<{ readonly line: number; readonly cells: string[] }> {
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let afterQuote = false;
  let line = 1;
  let start = 1;
  let any = false;
  for await (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      any = true;
      if (quoted) {
        if (c === '"') { quoted = false; afterQuote = true; } else { cell += c; if (c === '\n') line++; }
        continue;
      }
      if (c === '"') {
        // "" inside a quoted cell is one quote: the closing quote just seen was not the end.
        if (afterQuote) cell += '"';
        quoted = true;
        afterQuote = false;
      } else if (c === ',') {
        cells.push(cell); cell = ''; afterQuote = false;
      } else if (c === '\n') {
        cells.push(cell.endsWith('\r') && !afterQuote ? cell.slice(0, -1) : cell);
        yield { line: start, cells };
        cells = []; cell = ''; afterQuote = false; any = false;
        start = ++line;
      } else if (!(c === '\r' && afterQuote)) {
        cell += c;
      }
    }
  }
  if (any) {
    cells.push(cell);
    yield { line: start, cells };
  }
}

export async function* tsvRecords(chunks: AsyncIterable<string>): AsyncIterable<{ readonly line: number; readonly cells: string[] }> {
  let line = 0;
  for await (const text of lines(chunks)) {
    line++;
    yield { line, cells: text.split('\t') };
  }
}

export async function* lines(chunks: AsyncIterable<string>): AsyncIterable<string> {
  let rest = '';
  for await (const chunk of chunks) {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop() ?? '';
    for (const part of parts) yield part.endsWith('\r') ? part.slice(0, -1) : part;
  }
  if (rest !== '') yield rest;
}
