import assert from 'node:assert/strict';
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { after, describe, it, mock } from 'node:test';
import { InputError, readTextFile } from '../../src/ingest/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'eventlens-text-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function file(content: string | Uint8Array, name = `doc${n++}.txt`): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const bytes = (...parts: (string | number[])[]): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('readTextFile: articles', () => {
  it('keeps the text exactly and derives a stable id from name and content', () => {
    const text = 'Troops shelled Kharkiv.\r\nTrailing spaces stay.  \n\n\tTabs too.\n';
    const path = file(text, 'report.txt');
    const article = readTextFile(path, {});
    assert.equal(article.text, text);
    assert.match(article.id, /^report\.txt#[0-9a-f]{10}$/);
    assert.equal(readTextFile(path, {}).id, article.id, 'same file, same id');
    assert.notEqual(readTextFile(file(`${text}.`, 'report2.txt'), {}).id.split('#')[1], article.id.split('#')[1]);
    assert.equal(article.published, null);
    assert.equal(article.title, null);
  });

  it('strips one UTF-8 BOM, so offsets start at the first character', () => {
    const article = readTextFile(file(bytes([0xef, 0xbb, 0xbf], 'Kyiv said.')), {});
    assert.equal(article.text, 'Kyiv said.');
    assert.equal(article.text.indexOf('Kyiv'), 0);
    const twice = readTextFile(file(bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], 'x')), {});
    assert.equal(twice.text, '\uFEFFx', 'a second BOM is content');
  });

  it('normalises published from the options and rejects a bad one', () => {
    const path = file('Some text.');
    assert.equal(readTextFile(path, { published: '2020-04-02T10:00:00Z' }).published, '2020-04-02');
    assert.equal(readTextFile(path, { published: null }).published, null);
    assert.throws(() => readTextFile(path, { published: 'yesterday' }),
      { message: `${path}: invalid published date 'yesterday' (expected YYYY-MM-DD)` });
  });

  const TITLES: readonly (readonly [string, string, string | null])[] = [
    ['short first line then a blank line', 'Troops shell town\n\nKYIV (Reuters) - ...', 'Troops shell town'],
    ['CRLF and a blank line holding spaces', 'Troops shell town  \r\n   \r\nBody.', 'Troops shell town'],
    ['first line runs into the body', 'Troops shelled the town\non Monday.\n\nMore.', null],
    ['199 characters is short enough', `${'x'.repeat(199)}\n\nBody.`, 'x'.repeat(199)],
    ['200 characters is too long', `${'x'.repeat(200)}\n\nBody.`, null],
    ['blank first line', '\n\nBody.', null],
    ['one line only', 'Just one line.', null],
  ];
  for (const [name, text, title] of TITLES) {
    it(`title: ${name}`, () => {
      const article = readTextFile(file(text), {});
      assert.equal(article.title, title);
      assert.equal(article.text, text, 'the title stays part of the text');
    });
  }

  it('title: the option overrides the first line', () => {
    assert.equal(readTextFile(file('Headline\n\nBody.'), { title: 'Given' }).title, 'Given');
  });
});

describe('readTextFile: bad input gives one-line InputErrors', () => {
  const CASES: readonly (readonly [string, () => string, string])[] = [
    ['empty file', () => file(''), 'empty file'],
    ['only whitespace', () => file(' \n\t\n'), 'empty file (whitespace only)'],
    ['NUL bytes', () => file(bytes('PK', [0x03, 0x04, 0x00, 0x00], 'rest')), 'binary file, not text'],
    ['mostly control bytes, no NUL', () => file(Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))), 'binary file, not text'],
    ['invalid UTF-8 (Latin-1 é)', () => file(bytes('caf', [0xe9], ' au lait')), 'invalid UTF-8 at byte 3'],
    ['invalid UTF-8 after a BOM counts the BOM', () => file(bytes([0xef, 0xbb, 0xbf], 'ab', [0xc3, 0x28])), 'invalid UTF-8 at byte 5'],
    ['truncated sequence at the end', () => file(bytes('price 5 ', [0xe2, 0x82])), 'invalid UTF-8 at byte 8'],
    ['UTF-16', () => file(Buffer.from('\uFEFFhello', 'utf16le')), 'UTF-16 text, not UTF-8 (convert it with iconv -f UTF-16 -t UTF-8)'],
    ['missing file', () => join(dir, 'nope.txt'), 'no such file'],
    ['missing parent', () => join(file('x'), 'child.txt'), 'no such file'],
    ['a directory', () => { const d = join(dir, `sub${n++}`); mkdirSync(d); return d; }, 'is a directory'],
  ];
  for (const [name, make, reason] of CASES) {
    it(name, () => {
      const path = make();
      assert.throws(() => readTextFile(path, {}), (error: unknown) => {
        assert.ok(error instanceof InputError);
        assert.equal(error.reason, reason);
        assert.equal(error.file, path);
        assert.equal(error.line, undefined);
        assert.equal(error.message, `${path}: ${reason}`);
        return true;
      });
    });
  }

  it('over maxBytes', () => {
    const path = file('0123456789A');
    assert.throws(() => readTextFile(path, { maxBytes: 10 }), { reason: 'file too large: 11 bytes > 10 bytes limit for one article; use --jsonl for corpora' });
    assert.equal(readTextFile(path, { maxBytes: 11 }).text, '0123456789A');
  });

  it('a 50 MB file fails on its size at once, without being read', () => {
    const path = join(dir, 'corpus.txt');
    const fd = openSync(path, 'w');
    const block = Buffer.from('Troops shelled the town on Monday, officials said.\n'.repeat(20_000));
    for (let written = 0; written < 50 * 1024 * 1024; written += block.length) {
      writeSync(fd, block, 0, Math.min(block.length, 50 * 1024 * 1024 - written));
    }
    closeSync(fd);
    // what was read, not how long it took: every readFileSync of the test file is counted
    const reads = mock.method(fs, 'readFileSync');
    syncBuiltinESMExports();
    try {
      assert.throws(() => readTextFile(path, {}), {
        message: `${path}: file too large: 52.4 MB > 10 MB limit for one article; use --jsonl for corpora`,
      });
      assert.equal(reads.mock.calls.filter((c) => c.arguments[0] === path).length, 0, 'the file is never read');
      const small = file('Troops shelled the town.');
      readTextFile(small, {});
      assert.equal(reads.mock.calls.filter((c) => c.arguments[0] === small).length, 1, 'the counter sees a read');
    } finally {
      reads.mock.restore();
      syncBuiltinESMExports();
    }
  });

  it('a sparse 3 GB file fails on its size too (reading it whole would throw a RangeError)', () => {
    const path = join(dir, 'huge.txt');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 3 * 1024 ** 3);
    closeSync(fd);
    assert.throws(() => readTextFile(path, {}), { reason: 'file too large: 3221.2 MB > 10 MB limit for one article; use --jsonl for corpora' });
  });
});
