import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleFromBuffer, InputError } from '../../src/ingest/index.ts';

describe('articleFromBuffer (stdin)', () => {
  it('builds the article from bytes, naming it after the given name', () => {
    const article = articleFromBuffer(Buffer.from('Headline\n\nKyiv said on Monday.'), '<stdin>', { published: '2020-04-02' });
    assert.match(article.id, /^<stdin>#[0-9a-f]{10}$/);
    assert.deepEqual({ ...article, id: '' }, { id: '', text: 'Headline\n\nKyiv said on Monday.', published: '2020-04-02', title: 'Headline' });
  });

  it('applies the size limit to the buffer itself', () => {
    assert.throws(() => articleFromBuffer(Buffer.alloc(2_500_000, 0x61), '<stdin>', { maxBytes: 2_000_000 }),
      { message: '<stdin>: file too large: 2.5 MB > 2 MB limit for one article; use --jsonl for corpora' });
  });

  it('reports bad bytes against the name', () => {
    assert.throws(() => articleFromBuffer(new Uint8Array([0x61, 0x62, 0x80]), '<stdin>'),
      (error: unknown) => error instanceof InputError && error.message === '<stdin>: invalid UTF-8 at byte 2');
    assert.throws(() => articleFromBuffer(new Uint8Array(0), '<stdin>'), { message: '<stdin>: empty file' });
  });
});
