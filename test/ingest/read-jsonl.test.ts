import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { InputError, readJsonl } from '../../src/ingest/index.ts';
import type { JsonlItem, JsonlOptions } from '../../src/ingest/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'eventlens-jsonl-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function file(content: string | Buffer, name = `corpus${n++}.jsonl`): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const line = (record: unknown): string => `${JSON.stringify(record)}\n`;
const read = (path: string, opts?: JsonlOptions): JsonlItem[] => [...readJsonl(path, opts)];
// "line: ok id" or "line: reason", one string per item, so expectations read like a report.
const summary = (items: readonly JsonlItem[]): string[] =>
  items.map((item) => (item.ok ? `${item.line}: ok ${item.article.id}` : `${item.line}: ${item.error.reason}`));

describe('readJsonl', () => {
  it('reads the whitelisted fields of each line', () => {
    const path = file(line({ id: 'a1', published: '2020-04-02T10:00:00Z', title: 'T', text: 'Troops shelled.', url: 'https://x.org/a1' })
      + line({ id: 'a2', published: null, text: 'Talks began.' }));
    assert.deepEqual(read(path), [
      { ok: true, line: 1, article: { id: 'a1', text: 'Troops shelled.', published: '2020-04-02', title: 'T', url: 'https://x.org/a1' } },
      { ok: true, line: 2, article: { id: 'a2', text: 'Talks began.', published: null, title: null } },
    ]);
  });

  it('the article URL from url, else link, else source when source is an http(s) address', () => {
    const path = file(line({ id: 'l1', text: 'A.', link: 'https://feed.example/l1' })
      + line({ id: 'l2', text: 'B.', source: ' http://wire.example/l2 ' })
      + line({ id: 'l3', text: 'C.', source: 'Reuters', link: 42 })
      + line({ id: 'l4', text: 'D.', url: 'https://x.org/l4', link: 'https://feed.example/other' }));
    assert.deepEqual(read(path).map((item) => (item.ok ? item.article.url : item.error.reason)),
      ['https://feed.example/l1', 'http://wire.example/l2', undefined, 'https://x.org/l4']);
  });

  it('never reads or copies a gold field, nor any other extra field', () => {
    const gold = [{ type: 'ASSAULT', actor: 'RUS' }];
    // Written by hand: an own "__proto__" key must not smuggle a url in through the prototype.
    const path = file(`{"id": "g", "text": "Text.", "gold": ${JSON.stringify(gold)}, "extra": 1, "__proto__": {"url": "https://evil"}}\n`);
    const [item] = read(path);
    assert.ok(item.ok);
    assert.deepEqual(Object.keys(item.article).sort(), ['id', 'published', 'text', 'title']);
    assert.equal(JSON.stringify(item.article).includes('ASSAULT'), false);
    assert.equal(item.article.url, undefined);
    assert.equal('gold' in item.article, false);
  });

  it('a malformed middle line is an error naming its line; the others still come through', () => {
    const path = file(line({ id: 'x1', text: 'One.' }) + '{"id": "x2", "text": "Two.\n' + line({ id: 'x3', text: 'Three.' }));
    const items = read(path);
    assert.deepEqual(summary(items).map((s) => s.replace(/invalid JSON: .*/, 'invalid JSON')),
      ['1: ok x1', '2: invalid JSON', '3: ok x3']);
    const bad = items[1];
    assert.ok(!bad.ok && bad.error instanceof InputError);
    assert.equal(bad.error.line, 2);
    assert.match(bad.error.message, new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: invalid JSON: .+`));
  });

  it('reports each bad record and goes on', () => {
    const path = file([
      line({ text: 'No id: the file name and line stand in.' }),
      line({ id: 'no-text' }),
      line({ id: 'empty', text: '  \n ' }),
      line({ id: 'num', text: 42 }),
      line({ id: 7, text: 'Numeric id.' }),
      line({ id: 'd', published: 'April 2', text: 'Bad date.' }),
      line({ id: 'd2', published: '2020-02-30', text: 'No such day.' }),
      line({ id: 't', title: ['a'], text: 'Bad title.' }),
      line(['an', 'array']),
      line('a string'),
      line({ id: 'last', text: 'Still read.' }),
    ].join(''), 'mixed.jsonl');
    assert.deepEqual(summary(read(path)), [
      '1: ok mixed.jsonl:1',
      '2: missing "text"',
      '3: empty "text"',
      '4: "text" must be a string, not number 42',
      '5: "id" must be a non-empty string, not number 7',
      "6: invalid published date 'April 2' (expected YYYY-MM-DD)",
      "7: invalid published date '2020-02-30' (expected YYYY-MM-DD)",
      '8: "title" must be a string, not an array',
      '9: expected a JSON object with a "text" field',
      '10: expected a JSON object with a "text" field',
      '11: ok last',
    ]);
  });

  it('skips blank lines but keeps counting them; handles CRLF, a BOM and no final newline', () => {
    const body = `\uFEFF${JSON.stringify({ id: 'b1', text: 'One.' })}\r\n\r\n   \n${JSON.stringify({ text: 'Three.' })}`;
    assert.deepEqual(summary(read(file(body, 'crlf.jsonl'))), ['1: ok b1', '4: ok crlf.jsonl:4']);
  });

  it('invalid UTF-8 fails only its line, with the byte offset in the file', () => {
    const first = line({ id: 'u1', text: 'Fine.' });
    const path = file(Buffer.concat([Buffer.from(first), Buffer.from('{"id":"u2","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n'), Buffer.from(line({ id: 'u3', text: 'Fine.' }))]));
    const offset = Buffer.byteLength(first) + '{"id":"u2","text":"caf'.length;
    assert.deepEqual(summary(read(path)), ['1: ok u1', `2: invalid UTF-8 at byte ${offset}`, '3: ok u3']);
  });

  it('a line over the limit is skipped with an error, not buffered', () => {
    const path = file(line({ id: 's1', text: 'Short.' }) + line({ id: 'big', text: 'x'.repeat(5000) }) + line({ id: 's3', text: 'Short.' }));
    assert.deepEqual(summary(read(path, { maxLineBytes: 1000, chunkBytes: 64 })),
      ['1: ok s1', '2: line too large: 5 kB > 1 kB limit for one article', '3: ok s3']);
  });

  it('gives the same articles whatever the chunk size, even when chunks split characters', () => {
    const records = Array.from({ length: 50 }, (_, i) => ({ id: `m${i}`, text: `Zelensky і Ердоган ${'🙂'.repeat(i % 4)} говорили ${i}.` }));
    const path = file(records.map(line).join(''));
    const expected = records.map((r, i) => ({ ok: true, line: i + 1, article: { ...r, published: null, title: null } }));
    for (const chunkBytes of [1, 3, 7, 64, 1 << 20]) assert.deepEqual(read(path, { chunkBytes }), expected, `chunk ${chunkBytes}`);
  });

  it('streams: reads as it goes, so a line appended after the first article is still seen', () => {
    const path = file(Array.from({ length: 20_000 }, (_, i) => line({ id: `r${i}`, text: `Report ${i}.` })).join(''));
    const iterator = readJsonl(path, { chunkBytes: 4096 })[Symbol.iterator]();
    const first = iterator.next();
    assert.ok(!first.done && first.value.ok && first.value.article.id === 'r0');
    // A reader that loaded the whole file up front would never see this line.
    appendFileSync(path, line({ id: 'appended', text: 'Late.' }));
    const ids = [first.value.article.id];
    for (let next = iterator.next(); !next.done; next = iterator.next()) ids.push(next.value.ok ? next.value.article.id : 'error');
    assert.equal(ids.length, 20_001);
    assert.equal(ids.at(-1), 'appended');
  });

  const FILE_ERRORS: readonly (readonly [string, () => string, string])[] = [
    ['missing file', () => join(dir, 'nope.jsonl'), 'no such file'],
    ['a directory', () => { const d = join(dir, `d${n++}`); mkdirSync(d); return d; }, 'is a directory'],
    ['empty file', () => file(''), 'empty file'],
    ['binary file', () => file(Buffer.from([0x53, 0x51, 0x4c, 0x00, 0x01, 0x02])), 'binary file, not text'],
  ];
  for (const [name, make, reason] of FILE_ERRORS) {
    it(`file-level error at the call: ${name}`, () => {
      const path = make();
      assert.throws(() => readJsonl(path), (error: unknown) =>
        error instanceof InputError && error.message === `${path}: ${reason}` && error.line === undefined);
    });
  }
});
