import assert from 'node:assert/strict';
import { after, before, beforeEach, afterEach, describe, it } from 'node:test';
import type { Store } from '../../src/store/index.ts';
import { actor, makeArticle, makeEvent, tempDir } from './event-factory.ts';
import { BACKENDS } from './backends.ts';

const tmp = tempDir('articles');
after(tmp.cleanup);

const ARTICLES = [
  makeArticle('gaza', 'Negotiators agreed a ceasefire in Gaza after weeks of talks in Cairo.', { title: 'Ceasefire agreed' }),
  makeArticle('cairo', 'Egypt hosted talks in Cairo. The talks were about trade and water.', { title: 'Talks in Cairo' }),
  makeArticle('storm', 'A storm hit the coast.', { title: 'Weather', url: null }),
];

for (const backend of BACKENDS) {
  describe(`articles (${backend.name})`, { skip: backend.skip }, () => {
    let store: Store;
    before(async () => {
      store = await backend.open(tmp.dir);
      await store.saveArticle(ARTICLES[0], [makeEvent('gaza', { type: 'AGREE', cameo: '057', goldstein: 8, quad_class: 1 }), makeEvent('gaza')]);
      await store.saveArticle(ARTICLES[1], [makeEvent('cairo', { actor: actor('Egypt', 'EGY'), target: null })], { sourcePath: 'feeds/cairo.html' });
      await store.saveArticle(ARTICLES[2], []);
    });
    after(async () => store.close());

    it('searchArticles: matching articles with a highlighted snippet and their event count', async () => {
      const hits = await store.searchArticles({ text: 'ceasefire' });
      assert.deepEqual(hits.map((h) => [h.docId, h.title, h.published, h.url, h.events]),
        [['gaza', 'Ceasefire agreed', '2020-03-15', 'https://example.org/gaza', 2]]);
      assert.match(hits[0].snippet, /\[[Cc]easefire\]/);
    });

    it('searchArticles: stemming, title, ranking and paging', async () => {
      assert.deepEqual((await store.searchArticles({ text: 'talk' })).map((h) => h.docId), ['cairo', 'gaza'], 'more mentions rank first');
      assert.deepEqual((await store.searchArticles({ text: 'weather' })).map((h) => h.docId), ['storm'], 'the title is searched');
      assert.deepEqual((await store.searchArticles({ text: 'talks', limit: 1, offset: 1 })).map((h) => h.docId), ['gaza']);
      assert.deepEqual(await store.searchArticles({ text: 'volcano' }), []);
      await assert.rejects(store.searchArticles({ text: '   ' }), /no words to search for/);
    });

    it('getArticle: the stored article with its events in order', async () => {
      const article = await store.getArticle('cairo');
      assert.ok(article !== null);
      assert.deepEqual({ ...article, events: article.events.map((e) => e.actor?.code) }, {
        docId: 'cairo', title: 'Talks in Cairo', published: '2020-03-15', url: 'https://example.org/cairo', text: ARTICLES[1].text,
        sourcePath: 'feeds/cairo.html', duplicateOf: null, events: ['EGY'],
      });
      assert.deepEqual((await store.getArticle('gaza'))?.events.map((e) => e.type), ['AGREE', 'ASSAULT']);
      assert.equal(await store.getArticle('nope'), null);
    });

    it('listActors: actors and targets by number of events, filtered by code or name', async () => {
      assert.deepEqual(await store.listActors(), [
        { code: 'RUSMIL', name: 'Russian troops', events: 2 },
        { code: 'UKR', name: 'Ukraine', events: 2 },
        { code: 'EGY', name: 'Egypt', events: 1 },
      ]);
      assert.deepEqual(await store.listActors({ text: 'UKR' }), [{ code: 'UKR', name: 'Ukraine', events: 2 }]);
      assert.deepEqual(await store.listActors({ text: 'russian' }), [{ code: 'RUSMIL', name: 'Russian troops', events: 2 }]);
      assert.deepEqual((await store.listActors({ limit: 1 })).length, 1);
    });
  });

  describe(`near-duplicates (${backend.name})`, { skip: backend.skip }, () => {
    let store: Store;
    beforeEach(async () => { store = await backend.open(tmp.dir); });
    afterEach(async () => store.close());

    it('fingerprints lists the simhash of every article saved with one', async () => {
      await store.saveMany([
        { article: makeArticle('n1'), events: [], meta: { simhash: 'a1b2c3d4e5f60718' } },
        { article: makeArticle('n2'), events: [] },
        { article: makeArticle('n3'), events: [], meta: { simhash: 'ffff000011112222' } },
      ]);
      const prints: { docId: string; simhash: string }[] = [];
      for await (const print of store.fingerprints()) prints.push(print);
      assert.deepEqual(prints, [{ docId: 'n1', simhash: 'a1b2c3d4e5f60718' }, { docId: 'n3', simhash: 'ffff000011112222' }]);
    });

    it('duplicateOf stores the article linked to its first copy, without events', async () => {
      await store.saveArticle(makeArticle('first'), [makeEvent('first')], { simhash: '00ff' });
      const near = await store.saveArticle(makeArticle('second', 'Text of first. Troops shelled the town!'), [makeEvent('second')],
        { duplicateOf: 'first', simhash: '00fe' });
      assert.deepEqual({ ...near, articleId: 0 }, { status: 'stored', articleId: 0, events: 0 });
      assert.equal(await store.countArticles(), 2);
      assert.equal(await store.countEvents(), 1);
      assert.equal((await store.getArticle('second'))?.duplicateOf, 'first');
      assert.equal((await store.getArticle('first'))?.duplicateOf, null);
      const again = await store.saveArticle(makeArticle('second'), [], { duplicateOf: 'first' });
      assert.equal(again.status, 'duplicate');
    });

    it('articles without text (known from their events) are never duplicates of each other', async () => {
      const results = await store.saveMany([
        { article: makeArticle('t1', ''), events: [makeEvent('t1')] },
        { article: makeArticle('t2', ''), events: [makeEvent('t2')] },
        { article: makeArticle('t1', ''), events: [makeEvent('t1')] },
      ]);
      assert.deepEqual(results.map((r) => r.status), ['stored', 'stored', 'duplicate']);
      assert.equal(await store.countEvents(), 2);
    });

    it('ingestedAt is kept when given', async () => {
      await store.saveArticle(makeArticle('old'), [makeEvent('old')], { ingestedAt: '2021-05-06T07:08:09.000Z' });
      const rows = [];
      for await (const row of store.scanEvents?.() ?? []) rows.push(row);
      assert.deepEqual(rows.map((r) => [r.ordinal, r.article.ingestedAt, r.article.title]), [[0, '2021-05-06T07:08:09.000Z', 'Title old']]);
      await assert.rejects(store.saveArticle(makeArticle('bad'), [], { ingestedAt: 'yesterday' }), /invalid ingestedAt 'yesterday'/);
    });
  });
}
