import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extractArticle, fragmentText } from '../../src/ingest/formats/html-article.ts';
import { decodeWeb } from '../../src/ingest/formats/web-charset.ts';

const page = (name: string) => decodeWeb(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)), null).text;

describe('extractArticle', { timeout: 60_000 }, () => {
  it('a news page: the story text in paragraphs, headline, byline and date from JSON-LD; no menus, asides or footers', () => {
    const article = extractArticle(page('news-page.html'));
    assert.ok(article);
    assert.equal(article.title, 'Turkey strikes Kurdish militant targets in northern Iraq after attack on base');
    assert.equal(article.byline, 'Selin Aydın, Omar Haddad');
    assert.equal(article.published, '2024-03-17');
    assert.equal(article.url, 'https://www.dailymeridian.example/world/2024/03/17/turkey-strikes-pkk-northern-iraq');
    assert.match(article.text, /^ANKARA — Turkish warplanes struck dozens of targets/);
    assert.match(article.text, /the coalition|neutralised"\. It did not give a figure/);
    // paragraphs stay apart, so sentences and spans do not run together
    assert.match(article.text, /killed two soldiers\.\n\nThe ministry said/);
    for (const boilerplate of ['cookies', 'Subscribe', 'All rights reserved', 'Share on', 'morning briefing', 'gtag']) {
      assert.ok(!article.text.includes(boilerplate), boilerplate);
    }
  });

  it('a legacy-encoded page with Open Graph and plain meta tags', () => {
    const article = extractArticle(page('latin1-page.html'));
    assert.ok(article);
    assert.equal(article.title, 'Brazil and Colombia pledge joint Amazon patrols');
    assert.equal(article.byline, 'João Araújo');
    assert.equal(article.published, '2023-08-09');
    assert.match(article.text, /^BELÉM - Brazil and Colombia agreed/);
    assert.match(article.text, /Observatório do Clima network in São Paulo/);
  });

  // [case, html]: pages with no article body give null, counted as "no article body" by the caller
  const NO_BODY: ReadonlyArray<[string, string]> = [
    ['a section front: a list of headlines and a login form', page('section-front.html')],
    ['a cookie wall', '<html><body><div class="consent"><h2>We value your privacy</h2><p>We and our 812 partners use cookies.</p><button>Accept</button></div></body></html>'],
    ['a video page with a one-line caption', '<html><head><title>Watch: protest in Paris</title></head><body><video src="v.mp4"></video><p>Protesters clashed with police in Paris.</p></body></html>'],
    ['an empty body', '<html><head><title>x</title></head><body></body></html>'],
    // Readability took minutes on this, then overflowed the stack: refused by depth, at once
    ['a page nested 20,000 elements deep', `<html><body>${'<div>'.repeat(20_000)}<p>Rebels attacked a base near Goma on Monday. Two soldiers died, officials said.</p>${'</div>'.repeat(20_000)}</body></html>`],
  ];
  for (const [what, html] of NO_BODY) it(`no article body: ${what}`, () => assert.equal(extractArticle(html), null));
});

describe('fragmentText', () => {
  it('keeps paragraphs and list items apart, drops scripts, decodes entities', () => {
    const html = '<p>First &amp; foremost.</p><script>track()</script><ul><li>One</li><li>Two</li></ul>Tail <b>bold</b> text';
    assert.equal(fragmentText(html), 'First & foremost.\n\nOne\n\nTwo\n\nTail bold text');
  });
});
