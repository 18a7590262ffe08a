import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runIngest } from '../../src/ingest/pipeline/run-ingest.ts';
import { Tally } from '../../src/ingest/pipeline/tally.ts';
import { readInputs } from '../../src/ingest/sources/read-inputs.ts';
import type { SourceItem } from '../../src/ingest/sources/source-item.ts';
import { openStore } from '../../src/store/index.ts';

// The whole pipeline (readers, a worker thread, dedup, SQLite) on the fixture folder: one of every
// format and every way an input goes wrong.
const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'eventlens-ingest-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

async function ingest(db: string, items: AsyncIterable<SourceItem>, signal?: AbortSignal) {
  const store = await openStore(db);
  const errors: string[] = [];
  const tally = new Tally();
  try {
    await runIngest(items, store, { workers: 1, tally, signal, onError: (line) => errors.push(line.replace(FIXTURES, '')) });
    return { tally, errors, articles: await store.countArticles(), store };
  } finally {
    await store.close();
  }
}

// Every failure the fixtures contain, one line each, naming the file (and line or record).
const ERRORS = [
  /^broken\.rss: malformed feed \(.*entity.*\); 2 complete item\(s\) recovered$/,
  /^corpus\.jsonl:3: invalid JSON/,
  /^corpus\.jsonl:4: missing "text"$/,
  /^corpus\.jsonl\.gz:3: invalid JSON/,
  /^corpus\.jsonl\.gz:4: missing "text"$/,
  /^crawl-truncated\.warc\.gz: truncated or corrupt WARC \(unexpected end of file\) after record 7/,
  /^mixed-encoding\.txt: invalid UTF-8 at byte 302$/,
];

describe('runIngest', () => {
  const db = join(dir, `all-${n++}.db`);
  let first: Awaited<ReturnType<typeof ingest>>;

  it('a folder of every format: the good documents are stored, each bad one is a clear error or a counted skip', { timeout: 120_000 }, async () => {
    first = await ingest(db, readInputs([FIXTURES]));
    const { tally, errors } = first;
    assert.equal(errors.length, ERRORS.length, errors.join('\n'));
    ERRORS.forEach((pattern, i) => assert.match(errors[i], pattern));
    assert.equal(tally.failed, ERRORS.length);
    assert.deepEqual(Object.fromEntries([...tally.skipped].sort()), {
      'HTTP error or redirect': 4, // 301 and 404, in the full and the truncated crawl
      'no article body': 2, // the section front, as a file and in the crawl
      'not English (fra)': 1,
      'not text or HTML': 2, // the JPEG, twice
      'too short': 1, // a feed item with a one-line teaser
      'undecodable text': 1, // garbled.html
    });
    // stored: 2 feed items recovered from broken.rss, 3 JSONL records, the crawl's 2 pages and its
    // WET record, mixed-encoding.html, wire-story-republished.txt, 2 Atom entries, 2 RSS items
    assert.equal(tally.stored, 14);
    assert.ok(tally.events > 50, `${tally.events} events`);
    // news-page.html and its .gz are the crawl's page again; latin1-page.html is the crawl's other page
    assert.equal(tally.exactDuplicates, 3);
    // wire-story.txt republished with another headline and footer
    assert.equal(tally.nearDuplicates, 1);
    // the .jsonl.gz repeats the .jsonl's ids, the full crawl repeats the truncated one's pages
    assert.equal(tally.alreadyStored, 5);
    assert.equal(tally.done, tally.read);
    assert.equal(first.articles, tally.stored + tally.nearDuplicates);
  });

  it('the near duplicate is stored linked to its first copy, without events', { timeout: 120_000 }, async () => {
    const store = await openStore(db);
    try {
      // files are read in name order: the republished copy comes first and is the one coded
      const [copy] = await store.searchArticles({ text: 'Andrew Mills' });
      assert.match(copy.docId, /^wire-story\.txt#/);
      const stored = await store.getArticle(copy.docId);
      assert.match(stored?.duplicateOf ?? '', /^wire-story-republished\.txt#/);
      assert.equal(stored?.events.length, 0);
      const first = await store.getArticle(stored?.duplicateOf ?? '');
      assert.ok((first?.events.length ?? 0) > 0);
    } finally {
      await store.close();
    }
  });

  it('run again: nothing is coded or stored twice', { timeout: 120_000 }, async () => {
    const again = await ingest(db, readInputs([FIXTURES]));
    assert.equal(again.tally.stored, 0);
    assert.equal(again.tally.events, 0);
    assert.equal(again.tally.codeMs, 0, 'the coder ran');
    assert.equal(again.articles, first.articles);
    // exact copies were not stored (one row per text): they are prepared again, found at distance 0
    // from their stored first copy, and the store says "already there"
    assert.equal(again.tally.alreadyStored, first.tally.stored + first.tally.nearDuplicates + first.tally.alreadyStored + first.tally.exactDuplicates);
  });

  it('interrupted, then resumed: everything stored exactly once', { timeout: 120_000 }, async () => {
    const resumed = join(dir, `resumed-${n++}.db`);
    const stop = new AbortController();
    let seen = 0;
    async function* stopAfterFive(): AsyncGenerator<SourceItem> {
      for await (const item of readInputs([FIXTURES])) {
        if (++seen === 12) stop.abort();
        yield item;
      }
    }
    const part = await ingest(resumed, stopAfterFive(), stop.signal);
    assert.ok(part.articles > 0 && part.articles < first.articles, `${part.articles} of ${first.articles}`);
    const rest = await ingest(resumed, readInputs([FIXTURES]));
    assert.equal(rest.articles, first.articles);
    assert.equal(part.tally.stored + rest.tally.stored, first.tally.stored);
    assert.equal(part.tally.events + rest.tally.events, first.tally.events);
  });
});
