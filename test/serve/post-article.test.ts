import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { articleFetcher, type ApiError, type CodedArticle, type StatsResponse } from '../../src/serve/index.ts';
import type { StoredArticle } from '../../src/store/index.ts';
import { conflictStore, listen, type Fixture, type Running } from './fixture.ts';

// POST /articles codes and stores a pasted text or a fetched URL. The "web" here is a second
// loopback server, so nothing leaves the machine.

const ARTICLE = 'Rebels attack base\n\nHouthi rebels fired missiles at a Saudi airport on Monday, the coalition said. ' +
  'The Saudi-led coalition launched air strikes on Sanaa in response. Iran condemned the strikes.';
const PAGE = `<!doctype html><html><head><title>Strikes on Sanaa | Example News</title>
  <meta property="article:published_time" content="2024-01-10T08:00:00Z"></head><body>
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <article><h1>Coalition strikes Sanaa</h1>
    <p>The Saudi-led coalition launched air strikes on Sanaa on Tuesday, residents said.</p>
    <p>Iran condemned the strikes and accused Saudi Arabia of killing civilians.</p>
    <p>Houthi rebels fired missiles at a Saudi airport on Monday, the coalition said.</p>
  </article><footer>© Example News</footer></body></html>`;

// The first bytes of a PNG file and some pixels: what a mislabelled upload looks like.
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 37) % 256))]);

let fx: Fixture;
let api: Running;
let web: Server;
let webBase: string;

before(async () => {
  fx = await conflictStore('post');
  // the "web" is on loopback, which the real server refuses to fetch (see security.test.ts)
  api = await listen({ store: fx.store, fetchArticle: articleFetcher({ allowAddress: () => true }) });
  web = createHttpServer((req, res) => {
    if (req.url === '/story.html') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    else if (req.url === '/front.html') res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><nav><a href="/a">World</a> <a href="/b">Sport</a></nav></body></html>');
    else if (req.url === '/report.pdf') res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
    else if (req.url === '/image.txt') res.writeHead(200, { 'content-type': 'text/plain' }).end(PNG);
    else res.writeHead(404).end('not here');
  });
  await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
  webBase = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
});
after(async () => {
  await api.app.close();
  await new Promise((resolve) => web.close(resolve));
  await fx.cleanup();
});

describe('POST /articles', () => {
  test('pasted text: coded, stored (201), returned with events; the same text again is a duplicate (200)', { timeout: 120_000 }, async () => {
    const total = async () => (await api.get<StatsResponse>('/stats?period=month&by=none')).body.rows.reduce((n, r) => n + r.count, 0);
    const before = await total();
    const first = await api.post<CodedArticle>('/articles', { text: ARTICLE, published: '2024-01-10' });
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.equal(first.body.status, 'stored');
    assert.equal(first.body.article.title, 'Rebels attack base');
    assert.ok(first.body.events.some((e) => e.type === 'ASSAULT' && e.date?.value === '2024-01-08'));
    for (const e of first.body.events) assert.equal(first.body.article.text.slice(...e.trigger.span), e.trigger.text);

    const stored = await api.get<StoredArticle>(`/articles/${encodeURIComponent(first.body.article.docId)}`);
    assert.equal(stored.status, 200);
    assert.equal(stored.body.events.length, first.body.events.length);
    // the cached aggregates notice the new article
    assert.equal(await total(), before + first.body.events.filter((e) => e.date !== null).length);

    const again = await api.post<CodedArticle>('/articles', { text: `${ARTICLE}\n`, published: '2024-01-10' });
    assert.equal(again.status, 200);
    assert.equal(again.body.status, 'duplicate');
  });

  test('a URL: fetched server-side, the article text and date kept, page furniture dropped', { timeout: 120_000 }, async () => {
    const r = await api.post<CodedArticle>('/articles', { url: `${webBase}/story.html` });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.article.url, `${webBase}/story.html`);
    assert.match(r.body.article.title ?? '', /Strikes on Sanaa|Coalition strikes Sanaa/);
    assert.equal(r.body.article.published, '2024-01-10', 'the publication date from the page metadata');
    assert.match(r.body.article.text, /air strikes on Sanaa on Tuesday/);
    assert.doesNotMatch(r.body.article.text, /Home|© Example News/);
    assert.ok(r.body.events.some((e) => e.type === 'ASSAULT'), JSON.stringify(r.body.events.map((e) => e.type)));
  });

  const bad: [string, unknown, number, RegExp][] = [
    ['no text and no url', {}, 400, /give the article text, or a url/],
    ['empty text', { text: '   ' }, 400, /^text: text is empty/],
    ['not a URL', { url: 'ftp://example.org/a' }, 400, /^url: expected an http\(s\) URL/],
    ['impossible date', { text: 'x', published: '2020-02-30' }, 400, /^published: not a calendar date/],
    ['unknown field', { text: 'x', author: 'me' }, 400, /^author: unknown field/],
    ['not JSON', '{"text": ', 400, /JSON/i],
    ['a page that is not there', { url: 'WEB/missing' }, 422, /HTTP 404/],
    ['a PDF', { url: 'WEB/report.pdf' }, 422, /application\/pdf, not an HTML or text page/],
    ['a page with no article', { url: 'WEB/front.html' }, 422, /no article text found on the page/],
    ['a closed port', { url: 'http://127.0.0.1:1/x' }, 422, /could not fetch/],
    // binary content, never coded nor stored: as pasted text, as a fetched "text" page, as a raw body
    ['a PNG pasted as text', { text: PNG.toString('utf8') }, 422, /^text: not article text: it contains NUL characters/],
    ['UTF-16 pasted as UTF-8', { text: Buffer.from(`Rebels attacked a base. ${ARTICLE}`, 'utf16le').toString('utf8') }, 422, /^text: not article text: it contains NUL/],
    ['control characters', { text: '\u0001\u0002\u0003 Rebels \u0004\u0005\u0006\u0007\u0008\u000b\u000e' }, 422, /^text: not article text: \d+% of its first characters are control/],
    ['undecodable bytes', { text: `${'\ufffd'.repeat(300)} attacked ${'\ufffd'.repeat(300)}` }, 422, /undecodable bytes \(binary data, not text\)/],
    ['a binary page served as text/plain', { url: 'WEB/image.txt' }, 422, /image\.txt: not article text: it contains NUL/],
    ['a raw binary body', PNG, 415, /Unsupported Media Type|application\/octet-stream/i],
  ];
  for (const [name, body, status, message] of bad) {
    test(`rejected: ${name}`, { timeout: 120_000 }, async () => {
      const payload = typeof body === 'object' && body !== null && 'url' in body
        ? { ...body, url: String((body as { url: string }).url).replace('WEB', webBase) }
        : body;
      const articles = await fx.store.countArticles();
      const r = Buffer.isBuffer(payload)
        ? await api.post<ApiError>('/articles', payload, 'application/octet-stream')
        : await api.post<ApiError>('/articles', payload);
      assert.equal(r.status, status, JSON.stringify(r.body));
      assert.match(r.body.message, message);
      assert.equal(await fx.store.countArticles(), articles, 'nothing stored');
    });
  }
});
