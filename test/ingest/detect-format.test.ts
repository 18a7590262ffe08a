import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { detectFormat, type Format } from '../../src/ingest/formats/detect-format.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

// [what it is, first bytes, file name, expected format]
const CASES: ReadonlyArray<[string, string | Buffer, string, Format]> = [
  ['WARC record', 'WARC/1.1\r\nWARC-Type: warcinfo\r\n', 'crawl.warc', 'warc'],
  ['gzip magic', Buffer.from([0x1f, 0x8b, 0x08, 0x00]), 'x.bin', 'gzip'],
  ['RSS with prolog', '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>', 'feed', 'feed'],
  ['Atom', '<?xml version="1.0"?><!-- generator --><feed xmlns="http://www.w3.org/2005/Atom">', 'a.xml', 'feed'],
  ['RSS 1.0 (RDF)', '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', 'index.rdf', 'feed'],
  ['HTML doctype', '<!DOCTYPE html>\n<html lang="en"><head>', 'page.txt', 'html'],
  ['HTML fragment', '<p>Troops shelled the town.</p><p>Two died.</p>', 'snippet', 'html'],
  ['XHTML with prolog', '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml">', 'p.xhtml', 'html'],
  ['other XML', '<?xml version="1.0"?><sitemap><url>', 'sitemap.xml', 'xml'],
  ['JSON Lines', '{"id": "a1", "text": "Talks began."}\n{"id": "a2"', 'corpus.txt', 'jsonl'],
  ['JSON Lines, first line cut short, by its extension', '{"id": "a1", "text": "Talks beg', 'corpus.jsonl', 'jsonl'],
  ['JSON Lines whose first line is not JSON, by its extension', 'id,text\n{"id": "a1", "text": "Talks began."}\n', 'corpus.jsonl', 'jsonl'],
  ['JSON Lines whose first line is an array, by its extension', '[1, 2]\n{"id": "a1"}\n', 'corpus.ndjson', 'jsonl'],
  ['JSON Lines whose first line is damaged, by its second line', 'garbage\n{"id": "a1", "text": "Talks began."}\n{"id"', 'corpus.txt', 'jsonl'],
  ['prose whose second line is not JSON', 'Talks began.\nThey ended on {Monday}.\n', 'story.txt', 'text'],
  ['pretty-printed JSON', '{\n  "id": "a1",\n  "text": "x"\n}', 'doc.json', 'json'],
  ['plain text', 'Troops shell border town\n\nKYIV, March 3 - ...', 'story', 'text'],
  ['text starting with a bracket', '<Reuters> Troops shelled the town on Monday.', 'story.txt', 'text'],
  ['UTF-16 text goes to the text reader, which names the problem', Buffer.from([0xff, 0xfe, 0x54, 0, 0x72, 0]), 'u16.txt', 'text'],
  ['binary', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1]), 'a.out', 'binary'],
  ['BOM then text', '\uFEFFTroops shelled the town.', 'bom.txt', 'text'],
];

describe('detectFormat', () => {
  for (const [what, head, name, expected] of CASES) {
    it(`${what} → ${expected}`, () => {
      assert.equal(detectFormat(typeof head === 'string' ? Buffer.from(head) : head, name), expected);
    });
  }

  it('decides the fixtures by content, whatever their names', () => {
    const cases: Array<[string, Format]> = [
      ['news-page.html', 'html'], ['world.rss', 'feed'], ['world.atom', 'feed'], ['broken.rss', 'feed'],
      ['corpus.jsonl', 'jsonl'], ['crawl.warc.gz', 'gzip'], ['wire-story.txt', 'text'], ['latin1-page.html', 'html'],
    ];
    for (const [name, format] of cases) assert.equal(detectFormat(fixture(name), 'unnamed'), format, name);
  });
});
