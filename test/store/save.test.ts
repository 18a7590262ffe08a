import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import type { Event } from '../../src/schema/event.ts';
import type { Store } from '../../src/store/index.ts';
import { actor, makeArticle, makeEvent, tempDir } from './event-factory.ts';
import { BACKENDS } from './backends.ts';

const tmp = tempDir('save');
after(tmp.cleanup);

for (const backend of BACKENDS) {
  describe(`save (${backend.name})`, { skip: backend.skip }, () => {
    let store: Store;
    beforeEach(async () => { store = await backend.open(tmp.dir); });
    afterEach(async () => (await store.close()));

    it('stores an article with its events and reads them back unchanged', async () => {
      const events = [makeEvent('a1'), makeEvent('a1', { type: 'PROTEST', cameo: '14', goldstein: -6.5, quad_class: 3 })];
      const result = (await store.saveArticle(makeArticle('a1'), events, { sourcePath: '/in/a1.txt' }));
      assert.deepEqual(result, { status: 'stored', articleId: result.articleId, events: 2 });
      assert.equal((await store.countArticles()), 1);
      assert.equal((await store.countEvents()), 2);
      assert.deepEqual((await store.queryEvents({})), events);
    });

    it('a second article with the same doc_id is a duplicate and stores nothing', async () => {
      const first = (await store.saveArticle(makeArticle('same'), [makeEvent('same')]));
      const again = (await store.saveArticle(makeArticle('same', 'Completely different text.'), [makeEvent('same'), makeEvent('same')]));
      assert.deepEqual(again, { status: 'duplicate', articleId: first.articleId, events: 0 });
      assert.equal((await store.countArticles()), 1);
      assert.equal((await store.countEvents()), 1);
    });

    it('the same text under another id (modulo whitespace) is a duplicate', async () => {
      const first = (await store.saveArticle(makeArticle('wire-1', 'Troops shelled\nthe town.'), [makeEvent('wire-1')]));
      const copy = (await store.saveArticle(makeArticle('wire-2', '  Troops  shelled the\r\n town.\n'), [makeEvent('wire-2')]));
      assert.deepEqual(copy, { status: 'duplicate', articleId: first.articleId, events: 0 });
      assert.equal((await store.countEvents()), 1);
      const different = (await store.saveArticle(makeArticle('wire-3', 'Troops shelled the TOWN.'), []));
      assert.equal(different.status, 'stored', 'case is content');
    });

    it('saveMany stores a batch, and running the same ingest twice stores nothing twice', async () => {
      const items = ['b1', 'b2', 'b3'].map((id) => ({ article: makeArticle(id), events: [makeEvent(id)] }));
      const first = (await store.saveMany(items));
      assert.deepEqual(first.map((r) => r.status), ['stored', 'stored', 'stored']);
      assert.deepEqual(first.map((r) => (r.status === 'failed' ? -1 : r.events)), [1, 1, 1]);
      const second = (await store.saveMany(items));
      assert.deepEqual(second.map((r) => r.status), ['duplicate', 'duplicate', 'duplicate']);
      assert.deepEqual(second.map((r) => (r.status === 'failed' ? -1 : r.articleId)), first.map((r) => (r.status === 'failed' ? -2 : r.articleId)));
      assert.equal((await store.countArticles()), 3);
      assert.equal((await store.countEvents()), 3);
    });

    it('saveMany treats a repeat inside the same batch as a duplicate', async () => {
      const results = (await store.saveMany([
        { article: makeArticle('c1'), events: [makeEvent('c1')] },
        { article: makeArticle('c1', 'Other text.'), events: [makeEvent('c1')] },
      ]));
      assert.deepEqual(results.map((r) => r.status), ['stored', 'duplicate']);
      assert.equal((await store.countEvents()), 1);
    });

    it('a failing item in a batch is reported and loses nothing stored before or after it', async () => {
      (await store.saveMany([{ article: makeArticle('earlier'), events: [makeEvent('earlier')] }]));
      const bad = { ...makeEvent('d2'), goldstein: 42 } as Event;
      const results = (await store.saveMany([
        { article: makeArticle('d1'), events: [makeEvent('d1')] },
        { article: makeArticle('d2'), events: [makeEvent('d2'), bad] },
        { article: makeArticle('d3'), events: [makeEvent('d3')] },
      ]));
      assert.deepEqual(results.map((r) => r.status), ['stored', 'failed', 'stored']);
      const failure = results[1];
      assert.ok(failure.status === 'failed');
      assert.equal(failure.docId, 'd2');
      assert.match(failure.error.message, /article d2: event 1 is invalid/);
      assert.equal((await store.countArticles()), 3, 'earlier, d1, d3; nothing of d2');
      assert.equal((await store.countEvents()), 3);
      assert.equal((await store.queryEvents({})).some((e) => e.doc_id === 'd2'), false);
    });

    it('saveArticle rejects an invalid event and stores no part of the article', async () => {
      const bad = { ...makeEvent('e1'), type: 'PUNCH' } as unknown as Event;
      await assert.rejects(async () => (await store.saveArticle(makeArticle('e1'), [makeEvent('e1'), bad])), /event 1 is invalid/);
      assert.equal((await store.countArticles()), 0);
      assert.equal((await store.countEvents()), 0);
    });

    it('rejects an event whose doc_id names another article', async () => {
      await assert.rejects(async () => (await store.saveArticle(makeArticle('f1'), [makeEvent('other')])), /event 0 belongs to doc_id 'other'/);
      assert.equal((await store.countArticles()), 0);
    });
  });
}

describe('save: stored columns', () => {
  it('fills the flat columns, the content hash and source_name from the Event', async () => {
    const { dir, cleanup } = tempDir('columns');
    after(cleanup);
    const store = await BACKENDS[0].open(dir);
    const quoted = makeEvent('g1', {
      actor: null,
      date: null,
      provenance: { source: actor('the ministry', 'UKRGOV', [0, 12]), reporting_verb: 'said', certainty: 'claimed', quote: null },
    });
    const text = 'Troops  shelled\n the town. ';
    (await store.saveArticle(makeArticle('g1', text), [makeEvent('g1'), quoted], { sourcePath: 'corpus/g1.txt' }));
    const path = store.url;
    (await store.close());

    const db = new Database(path, { readonly: true });
    const article = db.prepare('SELECT * FROM articles').get() as Record<string, unknown>;
    assert.equal(article.content_hash, createHash('sha256').update('Troops shelled the town.').digest('hex'));
    assert.equal(article.text, text, 'text is stored exactly');
    assert.equal(article.source_path, 'corpus/g1.txt');
    assert.equal(article.published, '2020-03-15');
    assert.match(String(article.ingested_at), /^\d{4}-\d{2}-\d{2}T/);
    const rows = db.prepare('SELECT * FROM events ORDER BY ordinal').all() as Record<string, unknown>[];
    assert.deepEqual(rows.map((r) => [r.ordinal, r.source_name, r.certainty, r.actor_code, r.date_value]), [
      [0, null, 'asserted', 'RUSMIL', '2020-03-11'],
      [1, 'the ministry', 'claimed', null, null],
    ]);
    assert.deepEqual(rows.map((r) => [r.type, r.cameo, r.goldstein, r.quad_class, r.target_name, r.country, r.lat]), [
      ['ASSAULT', '190', -10, 4, 'Ukraine', 'UKR', 49.99],
      ['ASSAULT', '190', -10, 4, 'Ukraine', 'UKR', 49.99],
    ]);
    assert.equal(rows[0].article_id, article.id);
    assert.deepEqual(JSON.parse(String(rows[1].record_json)), quoted);
    db.close();
  });
});
