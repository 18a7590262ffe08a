// Cells of the delimited formats. CSV quotes what needs quoting (RFC 4180); the tab-separated formats,
// like GDELT's own files, have no quoting at all, so tabs and line breaks inside a value become spaces.
import { CsvParser, type Row } from './csv-parser.ts';

export type Cell = string | number | null | undefined;
export type { Row };

/** No export line comes near this: a longer one is not an export record, and is skipped unread. */
export const MAX_LINE = 4 * 1024 * 1024;

export function csvCell(value: Cell): string {
  if (value == null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function tsvCell(value: Cell): string {
  if (value == null) return '';
  return String(value).replace(/[\t\r\n]+/g, ' ');
}

// CSV records from text in chunks (a quoted cell may span lines); an unterminated quote or an
// over-long row is one error row, and reading goes on from the line after it.
export async function* csvRecords(chunks: AsyncIterable<string>, maxRecord = MAX_LINE): AsyncIterable<Row> {
  const parser = new CsvParser(maxRecord);
  for await (const chunk of chunks) yield* parser.feed(chunk);
  yield* parser.end();
}

export async function* tsvRecords(chunks: AsyncIterable<string>, maxLine = MAX_LINE): AsyncIterable<Row> {
  for await (const item of lines(chunks, maxLine)) {
    yield 'tooLong' in item ? { line: item.line, error: item.tooLong } : { line: item.line, cells: item.text.split('\t') };
  }
}

export type Line = { readonly line: number; readonly text: string } | { readonly line: number; readonly tooLong: string };

// Lines of text in bounded memory and linear time: a line longer than maxLine is reported once and
// skipped to its end (a 50 MB file without a newline is one such line, not 50 MB held in a string).
export async function* lines(chunks: AsyncIterable<string>, maxLine = MAX_LINE): AsyncIterable<Line> {
  let parts: string[] = [];
  let length = 0;
  let skipping = false;
  let line = 1;
  for await (const chunk of chunks) {
    let from = 0;
    for (let nl = chunk.indexOf('\n'); ; nl = chunk.indexOf('\n', from)) {
      const end = nl === -1 ? chunk.length : nl;
      if (!skipping) {
        parts.push(chunk.slice(from, end));
        length += end - from;
        if (length > maxLine) {
          skipping = true;
          parts = [];
          yield { line, tooLong: `line longer than ${Math.round(maxLine / 1024 / 1024)} MB (not an export record; skipped)` };
        }
      }
      if (nl === -1) break;
      if (!skipping) yield { line, text: withoutCr(parts.join('')) };
      parts = [];
      length = 0;
      skipping = false;
      line++;
      from = nl + 1;
    }
  }
  if (!skipping && length > 0) yield { line, text: withoutCr(parts.join('')) };
}

const withoutCr = (text: string): string => (text.endsWith('\r') ? text.slice(0, -1) : text);
