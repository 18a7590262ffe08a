import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvRecords, lines, type Line, type Row } from '../../src/export/delimited.ts';

async function* chunked(text: string, size: number): AsyncIterable<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}
async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
const show = (rows: readonly Row[]): string[] => rows.map((r) => ('error' in r ? `${r.line}! ${r.error.split(':')[0]}` : `${r.line}: ${r.cells.join('|')}`));

// Rows: [what, csv text, rows as "line: cells" or "line! error"]. Every row is read whatever the chunk size.
const CSV: readonly [string, string, string[]][] = [
  ['plain rows', 'a,b\n1,2\n3,4\n', ['1: a|b', '2: 1|2', '3: 3|4']],
  ['a quoted cell over two lines', 'a,b\n"x\ny",2\n3,4\n', ['1: a|b', '2: x\ny|2', '4: 3|4']],
  ['doubled quotes', 'a\n"say ""hi"""\n', ['1: a', '2: say "hi"']],
  ['an unterminated quote in the middle: only its row is lost', 'a,b\n1,2\n"3,4\n5,6\n7,8\n', ['1: a|b', '2: 1|2', '3! unterminated quote', '4: 5|6', '5: 7|8']],
  ['an unterminated quote in the last row', 'a,b\n1,2\n"3,4', ['1: a|b', '2: 1|2', '3! unterminated quote']],
  ['a quote that closes on a later line takes that line in', 'a\n"b\n"c\nd\n', ['1: a', '2: b\nc', '4: d']],
  ['an unterminated quote after a closed one', 'a\n"b\n"c\n"d\ne\n', ['1: a', '2: b\nc', '4! unterminated quote', '5: e']],
];

test('csvRecords: rows, quoted cells, and an unterminated quote costs one row, whatever the chunking', async () => {
  for (const [what, text, expected] of CSV) {
    for (const size of [1, 3, 1000]) {
      assert.deepEqual(show(await all(csvRecords(chunked(text, size)))), expected, `${what} (chunks of ${size})`);
    }
  }
});

test('csvRecords: a row past the cap is one error, reading resumes after it', { timeout: 60_000 }, async () => {
  const unquoted = `a\n${'x'.repeat(5000)}\nb\n`;
  assert.deepEqual(show(await all(csvRecords(chunked(unquoted, 64), 1000))), ['1: a', '2! row longer than 0 MB (skipped)', '3: b']);
  const quoted = `a\n"${'y\n'.repeat(3000)}`;
  const rows = show(await all(csvRecords(chunked(quoted, 64), 1000)));
  assert.equal(rows[1], '2! unterminated quote');
  assert.equal(rows.length, 3001, 'the lines after the bad quote are read as rows');
});

// A source that counts the chunks read so far: what the reader holds when it reports a row is at most
// what it has read, so "reported after 2 of 31 chunks" means the over-long row was never kept whole
// (the 50 MB CSV without a newline that held 816 MB). Work done, not wall time: a busy machine cannot fail it.
function counted(text: string, size: number): { chunks: AsyncIterable<string>; read: () => number; total: number } {
  let read = 0;
  return {
    chunks: (async function* () { for await (const chunk of chunked(text, size)) { read++; yield chunk; } })(),
    read: () => read,
    total: Math.ceil(text.length / size),
  };
}
async function readAtEachRow<T>(items: AsyncIterable<T>, read: () => number): Promise<Array<{ item: T; read: number }>> {
  const out: Array<{ item: T; read: number }> = [];
  for await (const item of items) out.push({ item, read: read() });
  return out;
}

const OVERLONG: readonly [string, string][] = [
  ['2 MB without a newline', `h\n${'z'.repeat(2_000_000)}`],
  ['2 MB of commas', `h\n${'z,'.repeat(1_000_000)}`],
  ['8 MB without a newline', `h\n${'z'.repeat(8_000_000)}`],
];
for (const [what, text] of OVERLONG) {
  test(`csvRecords and lines: ${what} through a 64 kB cap is reported after the cap, not after the row`, { timeout: 60_000 }, async () => {
    const csv = counted(text, 65536);
    const rows = await readAtEachRow(csvRecords(csv.chunks, 65536), csv.read);
    assert.deepEqual(rows.map(({ item }) => show([item])[0]), ['1: h', '2! row longer than 0 MB (skipped)']);
    assert.ok(rows[1].read <= 3, `error after ${rows[1].read} of ${csv.total} chunks`);
    assert.equal(csv.read(), csv.total, 'the rest is read through (skipped), to the end');
    const plain = counted(text, 65536);
    const items = await readAtEachRow(lines(plain.chunks, 65536), plain.read);
    assert.deepEqual(items.map(({ item }) => showLines([item])[0]), ['1: h', '2!']);
    assert.ok(items[1].read <= 3, `error after ${items[1].read} of ${plain.total} chunks`);
  });
}

const showLines = (items: readonly Line[]): string[] => items.map((l) => ('tooLong' in l ? `${l.line}!` : `${l.line}: ${l.text}`));

test('lines: numbered, CR stripped, an over-long line reported once and skipped', async () => {
  for (const size of [1, 5, 1000]) {
    assert.deepEqual(showLines(await all(lines(chunked('a\r\nb\n\nc', size), 10))), ['1: a', '2: b', '3: ', '4: c']);
    assert.deepEqual(showLines(await all(lines(chunked(`a\n${'x'.repeat(50)}\nb`, size), 10))), ['1: a', '2!', '3: b']);
    assert.deepEqual(showLines(await all(lines(chunked('x'.repeat(50), size), 10))), ['1!']);
  }
});
