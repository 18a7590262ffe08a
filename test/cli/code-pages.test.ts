import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { cliSandbox } from './cli-sandbox.ts';

// `eventlens code page.html` read the page's markup as prose: its menus, related links and scripts were coded as
// the story, and its date was lost; a feed or a web archive was an error. `code` now reads what `ingest` reads:
// a saved page as its article (text, title and date), a feed's items and a crawl's pages one by one.
const { dir, run } = cliSandbox('code-pages');
const FIXTURES = join(import.meta.dirname, '../ingest/fixtures');
type Coded = { doc_id: string; type: string; actor: { code: string } | null; date: { value: string } | null; trigger: { text: string } };
const parse = (out: string): Coded[] => out.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Coded);
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
  test('a feed: each item is coded as its own document, dated by the feed', () => {
    const r = run(['code', join(FIXTURES, 'world.rss')]);
    assert.equal(r.code, 0, r.err);
    const events = parse(r.out);
    const docs = new Set(events.map((e) => e.doc_id));
    assert.equal(docs.size, 2, r.out);
    assert.ok([...docs].every((id) => id.startsWith('https://www.dailymeridian.example/world/2024/03/')), [...docs].join(' '));
    // "on Sunday" resolves against the item's own date, not today's
    assert.ok(events.some((e) => e.doc_id.includes('sudan-aid') && e.date?.value === '2024-03-17'), r.out);
    // a teaser with no text of its own is a counted skip, as in `ingest`
    assert.match(r.err, /world\.rss#\S+chile-fires: skipped, too short/);
  });
  test('a web archive: its story pages are coded; redirects, errors, images and a section front are skipped on stderr', () => {
    const r = run(['code', join(FIXTURES, 'crawl.warc.gz')]);
    assert.equal(r.code, 0, r.err);
    const docs = new Set(parse(r.out).map((e) => e.doc_id.split('#')[0]));
    assert.ok(docs.has('https://www.dailymeridian.example/world/2024/03/17/turkey-strikes-pkk-northern-iraq'), [...docs].join(' '));
    assert.ok(!docs.has('https://www.dailymeridian.example/world'), 'the section front is no story');
    const skips = r.err.trim().split('\n');
    assert.equal(skips.length, 4, r.err);
    assert.ok(skips.every((line) => /crawl\.warc\.gz#\S+: skipped, (HTTP error or redirect \(HTTP 30\d|HTTP error or redirect \(HTTP 404|not text or HTML \(image\/jpeg|no article body)/.test(line)), r.err);
  });
  test('a directory: its text files and pages, a binary file a skip, --published dating the text files', () => {
    const folder = join(dir, 'folder');
    mkdirSync(join(folder, 'nested'), { recursive: true });
    writeFileSync(join(folder, 'page.html'), PAGE);
    writeFileSync(join(folder, 'nested', 'brief.txt'), 'Police arrested 12 protesters in Nairobi on Monday, a police spokesman said.');
    writeFileSync(join(folder, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const r = run(['code', '--published', '2025-06-11', folder]);
    assert.equal(r.code, 0, r.err);
    const events = parse(r.out);
    assert.ok(events.some((e) => e.type === 'ASSAULT' && e.actor?.code === 'CODREB' && e.date?.value === '2025-06-09'), 'the page keeps its own date');
    assert.ok(events.some((e) => e.type === 'COERCE' && e.date?.value === '2025-06-09'), 'the text file is dated by --published');
    assert.match(r.err, /photo\.png: skipped, not text or HTML/);
  });
  test('a page with no article body is one clear error', () => {
    const empty = join(dir, 'empty.html');
    writeFileSync(empty, '<!doctype html><html><body><nav><a href="/">Home</a></nav><p>Subscribe now.</p></body></html>');
    const r = run(['code', empty]);
    assert.equal(r.code, 1);
    assert.match(r.err, /empty\.html: a web page with no article body/);
  });
});
