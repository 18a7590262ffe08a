import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { cliSandbox } from './cli-sandbox.ts';

// `eventlens code page.html` read the page's markup as prose: its menus, related links and scripts were coded as
// the story, and its date was lost. A saved page is now read as `ingest` reads one (its article's text, title and
// date); a feed or a web archive, which hold many articles, is one clear error pointing to `ingest`.
const { dir, run } = cliSandbox('code-pages');
const PAGE = `<!doctype html><html><head><title>Rebels attack army base | World</title>
<meta property="article:published_time" content="2025-06-10T08:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Rebels attack army base</h1>
<p>BENI, Congo (AP) — Rebels attacked an army base near Beni on Monday, killing four soldiers, a military spokesman said on Tuesday.</p>
<aside><h3>Related</h3><ul><li><a href="/a">Police arrest protesters in Tbilisi</a></li><li><a href="/b">Hamas accuses Israel of blocking aid</a></li></ul></aside>
<p>The army said it had repelled the assault after two hours of fighting, and that the attackers fled into the forest.</p>
<p>Residents said they heard gunfire through the night.</p>
</article></body></html>`;
const page = join(dir, 'page.html');
writeFileSync(page, PAGE);

describe('code reads a saved web page as its article', { timeout: 120_000 }, () => {
  test('the story is coded, with the page\'s date, and nothing of its links', () => {
    const r = run(['code', page]);
    assert.equal(r.code, 0, r.err);
    const events = r.out.trim().split('\n').map((line) => JSON.parse(line) as { type: string; actor: { code: string } | null; date: { value: string } | null; trigger: { text: string } });
    const attack = events.find((e) => e.type === 'ASSAULT' && e.actor?.code === 'CODREB');
    assert.ok(attack, r.out);
    assert.equal(attack.date?.value, '2025-06-09');
    assert.deepEqual(events.filter((e) => /arrest|accuses/.test(e.trigger.text)), []);
  });
  test('the same page on stdin', () => {
    const r = run(['code', '-'], PAGE);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /"CODREB"/);
    assert.doesNotMatch(r.out, /<article>|Tbilisi/);
  });
  test('--published still wins over the page\'s date', () => {
    const r = run(['code', '--published', '2025-07-01', page]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /"value":"2025-06-30"/);
  });
  test('a feed is one clear error naming the file and pointing to ingest', () => {
    const feed = join(dir, 'feed.xml');
    writeFileSync(feed, '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><item><title>Rebels attack</title><description>Rebels attacked a base.</description></item></channel></rss>');
    const r = run(['code', feed]);
    assert.equal(r.code, 1);
    assert.equal(r.out, '');
    assert.match(r.err, /feed\.xml: a news feed of many articles: `eventlens ingest` reads them/);
  });
  test('a page with no article body is one clear error', () => {
    const empty = join(dir, 'empty.html');
    writeFileSync(empty, '<!doctype html><html><body><nav><a href="/">Home</a></nav><p>Subscribe now.</p></body></html>');
    const r = run(['code', empty]);
    assert.equal(r.code, 1);
    assert.match(r.err, /empty\.html: a web page with no article body/);
  });
});
