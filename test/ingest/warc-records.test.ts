import assert from 'node:assert/strict';
import { createReadStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { readStream } from '../../src/ingest/sources/read-stream.ts';
import type { SourceItem } from '../../src/ingest/sources/source-item.ts';
import { overshootLastRecord } from './broken-inputs.ts';

const path = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;
const collect = async (items: AsyncIterable<SourceItem>) => {
  const out: string[] = [];
  for await (const item of items) {
    if (item.kind === 'error') out.push(`error: ${item.error.reason}`);
    else if (item.kind === 'skip') out.push(`skip: ${item.reason} (${item.detail})`);
    else if (item.kind === 'html') out.push(`html: ${item.url} ${item.charset}`);
    else out.push(`text: ${item.article.url} "${item.article.title}"`);
  }
  return out;
};

// What the reader makes of each record of test/ingest/build-fixtures.ts's crawl, in order.
const CRAWL = [
  'html: https://www.dailymeridian.example/world/2024/03/17/turkey-strikes-pkk-northern-iraq utf-8',
  'html: https://correioglobal.example/mundo/2023/08/09/amazonia ISO-8859-1',
  'skip: HTTP error or redirect (HTTP 301)',
  'skip: HTTP error or redirect (HTTP 404)',
  'skip: not text or HTML (image/jpeg)',
  'html: https://www.dailymeridian.example/world utf-8',
  'text: https://caucasuswire.example/2024/04/15/tbilisi-rally "Thousands rally in Tbilisi against foreign agents bill"',
];

describe('WARC files', () => {
  it('WARC.gz: pages (Content-Encoding undone), WET text; redirects, errors and images counted; requests, warcinfo and revisits passed over', async () => {
    assert.deepEqual(await collect(readStream(createReadStream(path('crawl.warc.gz')), 'crawl.warc.gz')), CRAWL);
  });

  it('an uncompressed WARC reads the same', async () => {
    const plain = Readable.from([gunzipSync(readFileSync(path('crawl.warc.gz')))]);
    assert.deepEqual(await collect(readStream(plain, 'crawl.warc')), CRAWL);
  });

  it('a truncated WARC.gz: every complete record, then one error naming the last good one', async () => {
    const items = await collect(readStream(createReadStream(path('crawl-truncated.warc.gz')), 'crawl-truncated.warc.gz'));
    assert.deepEqual(items.slice(0, 5), CRAWL.slice(0, 5));
    assert.equal(items.length, 6);
    assert.match(items[5], /^error: truncated or corrupt WARC \(unexpected end of file\) after record 7 \(https:\/\/www\.dailymeridian\.example\/media\/2024\/03\/17\/f16\.jpg\)$/);
  });

  it('an uncompressed WARC cut inside a page: the cut record is not delivered half', async () => {
    const whole = gunzipSync(readFileSync(path('crawl.warc.gz')));
    const cut = whole.subarray(0, whole.indexOf('Observat'));
    const items = await collect(readStream(Readable.from([cut]), 'cut.warc'));
    assert.deepEqual(items.slice(0, 1), CRAWL.slice(0, 1));
    assert.equal(items.length, 2);
    assert.match(items[1], /^error: truncated or corrupt WARC \(record 4 \(https:\/\/correioglobal\.example\/mundo\/2023\/08\/09\/amazonia\) is cut short\) after record 3/);
  });
});

describe('broken WARC files: one error each, never silence or a hang', () => {
  const whole = gunzipSync(readFileSync(path('crawl.warc.gz')));

  it('cut at any of 14 points: the complete records, then one error', { timeout: 60_000 }, async () => {
    for (let i = 1; i <= 14; i++) {
      const cut = Math.floor((whole.length * i) / 15);
      const items = await collect(readStream(Readable.from([whole.subarray(0, cut)]), `cut${i}.warc`));
      assert.equal(items.filter((item) => item.startsWith('error:')).length, 1, `cut at ${cut}: ${items.join(' | ')}`);
      assert.match(items.at(-1)!, /^error: truncated or corrupt WARC \(record \d+ (has no|.* is cut short)/, `cut at ${cut}`);
      assert.deepEqual(items.slice(0, -1), CRAWL.slice(0, items.length - 1), `cut at ${cut}: the records before the cut are whole`);
    }
  });

  it('a WARC header line followed by garbage', { timeout: 30_000 }, async () => {
    const garbage = Buffer.concat([Buffer.from('WARC/1.0\r\n'), Buffer.from('x'.repeat(3000)), Buffer.from([0, 1, 2, 255, 10])]);
    assert.deepEqual(await collect(readStream(Readable.from([garbage]), 'garbage.warc')),
      ['error: truncated or corrupt WARC (record 1 has no WARC-Type header) before the first record']);
  });

  it('the last Content-Length promises more than the file has: every record, then an error', { timeout: 30_000 }, async () => {
    const items = await collect(readStream(Readable.from([overshootLastRecord(whole)]), 'over.warc'));
    assert.deepEqual(items.slice(0, -1), CRAWL);
    assert.match(items.at(-1)!, /^error: truncated or corrupt WARC \(record 10 .* is cut short\) after record 9/);
  });
});

