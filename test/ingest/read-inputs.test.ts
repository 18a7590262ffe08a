import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { readInputs, totalInputBytes, type InputsOptions } from '../../src/ingest/sources/read-inputs.ts';

const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const dir = mkdtempSync(join(tmpdir(), 'eventlens-inputs-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// One line per item: "text <id>", "html <id> (<mode>)", "skip <reason>", "error <message>".
async function list(inputs: readonly string[], opts: InputsOptions = {}): Promise<string[]> {
  const out: string[] = [];
  for await (const item of readInputs(inputs, opts)) {
    const clean = (s: string) => s.replaceAll(dir, '').replaceAll(FIXTURES, '');
    if (item.kind === 'text') out.push(`text ${clean(item.article.id)}`);
    else if (item.kind === 'html') out.push(`html ${clean(item.id)} (${item.mode})`);
    else if (item.kind === 'skip') out.push(`skip ${item.reason}: ${clean(item.source)}`);
    else out.push(`error ${clean(item.error.message)}`);
  }
  return out;
}

describe('readInputs: files and folders', () => {
  const tree = join(dir, 'tree');
  before(() => {
    mkdirSync(join(tree, 'b-sub', 'deeper'), { recursive: true });
    mkdirSync(join(tree, '.git'));
    copyFileSync(join(FIXTURES, 'wire-story.txt'), join(tree, 'a-story'));
    copyFileSync(join(FIXTURES, 'news-page.html.gz'), join(tree, 'b-sub', 'page.gz'));
    writeFileSync(join(tree, 'b-sub', 'deeper', 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]));
    writeFileSync(join(tree, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(join(tree, '.hidden.txt'), 'not read');
    symlinkSync(tree, join(tree, 'b-sub', 'loop'));
  });

  it('walks folders in name order, detects formats by content, skips hidden entries and symlinked folders', { timeout: 120_000 }, async () => {
    const items = await list([tree]);
    assert.equal(items.length, 3, items.join('\n'));
    assert.equal(items[0], 'text a-story#0706255589');
    assert.equal(items[1], 'skip not text or HTML: /tree/b-sub/deeper/photo.jpg');
    assert.match(items[2], /^html page\.gz#\w{10} \(page\)$/);
  });

  it('a file named by the user that is no document is an error, not a skip', { timeout: 120_000 }, async () => {
    assert.deepEqual(await list([join(tree, 'b-sub', 'deeper', 'photo.jpg')]), ['error /tree/b-sub/deeper/photo.jpg: binary file, not text']);
  });

  it('missing paths and JSON that is not JSON Lines are one error each; the next input is still read', { timeout: 120_000 }, async () => {
    writeFileSync(join(dir, 'doc.json'), '{\n  "text": "x"\n}\n');
    assert.deepEqual(await list([join(dir, 'missing.txt'), join(dir, 'doc.json'), join(FIXTURES, 'french.txt')]), [
      'error /missing.txt: no such file',
      'error /doc.json: a JSON document, not JSON Lines (one {"text": ...} object per line)',
      'text french.txt#b7b030bf7d',
    ]);
  });

  it('stdin: any format, gzip too', { timeout: 120_000 }, async () => {
    const stdin = Readable.from([fixture('corpus.jsonl.gz')]);
    assert.deepEqual(await list(['-'], { stdin }), [
      'text gw-001', 'text gw-002', 'error stdin:3: invalid JSON: Unterminated string in JSON at position 82', 'error stdin:4: missing "text"', 'text gw-005',
    ]);
  });

  it('--published dates text files, and pages that carry no date of their own', { timeout: 120_000 }, async () => {
    const items: string[] = [];
    for await (const item of readInputs([join(FIXTURES, 'wire-story.txt'), join(FIXTURES, 'mixed-encoding.html')], { published: '2023-11-27' })) {
      if (item.kind === 'text') items.push(`${item.article.published}`);
      if (item.kind === 'html') items.push(`${item.published}`);
    }
    assert.deepEqual(items, ['2023-11-27', '2023-11-27']);
  });

  it('totalInputBytes: the sum over files and folders; unknown with stdin', { timeout: 120_000 }, () => {
    const size = fixture('wire-story.txt').length + fixture('news-page.html.gz').length + 11;
    assert.equal(totalInputBytes([tree]), size);
    assert.equal(totalInputBytes([tree, '-']), null);
  });
});

describe('readInputs: URLs with --fetch (a local server)', () => {
  let server: Server;
  let base = '';
  const requests: string[] = [];
  before(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      const page = (type: string, body: Buffer | string) => res.writeHead(200, { 'content-type': type }).end(body);
      if (req.url === '/world.rss') return page('application/rss+xml; charset=utf-8', fixture('world.rss').toString().replaceAll('https://www.dailymeridian.example', base));
      if (req.url === '/world/2024/03/16/chile-fires') return page('text/html; charset=utf-8', fixture('news-page.html'));
      if (req.url === '/amazonia') return page('text/html; charset=ISO-8859-1', fixture('latin1-page.html'));
      res.writeHead(404).end('not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());

  it('without --fetch a URL is an error that says what to do', { timeout: 120_000 }, async () => {
    assert.deepEqual(await list([`${base}/world.rss`]), [`error ${base}/world.rss: a URL: add --fetch to download feeds and pages`]);
  });

  it('a feed: full-text items as they are, a teaser-only item replaced by its page', { timeout: 120_000 }, async () => {
    requests.length = 0;
    const items = await list([`${base}/world.rss`], { fetch: true, fetchPrivate: true });
    assert.equal(items.length, 3);
    assert.match(items[0], new RegExp(`^html ${base}/world/2024/03/17/sudan-aid#\\w{10} \\(fragment\\)$`));
    assert.match(items[1], /\(fragment\)$/);
    assert.match(items[2], new RegExp(`^html ${base}/world/2024/03/16/chile-fires#\\w{10} \\(page\\)$`));
    assert.deepEqual(requests, ['/world.rss', '/world/2024/03/16/chile-fires']);
  });

  it('a page by URL, with the charset of its Content-Type; a dead link is one error', { timeout: 120_000 }, async () => {
    const items: string[] = [];
    for await (const item of readInputs([`${base}/amazonia`, `${base}/gone`], { fetch: true, fetchPrivate: true })) {
      if (item.kind === 'html') items.push(`html ${item.charset}`);
      if (item.kind === 'error') items.push(`error ${item.error.message.replace(base, '')}`);
    }
    assert.deepEqual(items, ['html ISO-8859-1', 'error /gone: fetch failed: HTTP 404 Not Found']);
  });

  it('without --fetch-private a loopback URL, or a feed item pointing at one, is refused before any connection', { timeout: 120_000 }, async () => {
    requests.length = 0;
    assert.deepEqual(await list([`${base}/amazonia`], { fetch: true }),
      [`error ${base}/amazonia: fetch failed: refused: 127.0.0.1 is a loopback, private, link-local or otherwise non-public address (--fetch-private allows it)`]);
    assert.deepEqual(requests, []);
  });
});
