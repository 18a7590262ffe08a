import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseFeed } from '../../src/ingest/formats/feed-items.ts';

const feed = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('parseFeed', () => {
  it('RSS 2.0: full content:encoded over the description, guid, the written date (not UTC-shifted)', async () => {
    const { items, error } = await parseFeed(feed('world.rss'));
    assert.equal(error, null);
    assert.deepEqual(items.map((i) => [i.id, i.url, i.published]), [
      ['https://www.dailymeridian.example/world/2024/03/17/sudan-aid', 'https://www.dailymeridian.example/world/2024/03/17/sudan-aid', '2024-03-17'],
      ['dm-2024-03-16-eu-summit', 'https://www.dailymeridian.example/world/2024/03/16/eu-summit', '2024-03-16'],
      ['dm-2024-03-16-chile-fires', 'https://www.dailymeridian.example/world/2024/03/16/chile-fires', '2024-03-16'],
    ]);
    assert.match(items[0].html ?? '', /^<p>EL FASHER, Sudan — A convoy of 28 trucks/);
    assert.equal(items[2].html, 'Firefighters are still battling blazes around Viña del Mar.');
  });

  it('Atom: entry id, alternate link, published date, HTML content or summary', async () => {
    const { items, error } = await parseFeed(feed('world.atom'));
    assert.equal(error, null);
    assert.deepEqual(items.map((i) => [i.id, i.url, i.published, i.title]), [
      ['tag:harbourpost.example,2024:/asia/8812', 'https://harbourpost.example/asia/2024/04/03/second-thomas-shoal', '2024-04-03',
        'Philippines protests after Chinese coast guard fires water cannon at supply boat'],
      ['tag:harbourpost.example,2024:/asia/8807', 'https://harbourpost.example/asia/2024/04/02/japan-korea', '2024-04-02',
        'Japan and South Korea agree to resume security talks'],
    ]);
    assert.match(items[1].html ?? '', /^<p>TOKYO — Japan and South Korea agreed/);
  });

  it('a malformed, truncated feed: the error is reported and the complete items are recovered', async () => {
    const { items, error } = await parseFeed(feed('broken.rss'));
    assert.match(error ?? '', /entity/i);
    assert.deepEqual(items.map((i) => i.title), ['Police disperse protest in Nairobi over tax bill', 'Uganda & Kenya sign pipeline deal']);
    assert.deepEqual(items.map((i) => i.published), ['2024-06-25', '2024-06-24']);
    assert.match(items[0].html ?? '', /Kenyan police fired tear gas/);
  });

  it('not a feed at all: an error and no items', async () => {
    const { items, error } = await parseFeed('this is not xml');
    assert.ok(error);
    assert.deepEqual(items, []);
  });
});
