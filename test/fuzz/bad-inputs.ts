import { gzipSync } from 'node:zlib';

// The fuzz corpus, made at test time (nothing large is committed): inputs a careless or hostile user
// hands to eventlens. Each is a file name (the extension matters to format detection) and its bytes.
// `valid` marks the few good inputs mixed in, so a batch run has something to store; `binary` the
// inputs that are not text at all (POST /articles must refuse them, never store them).

export interface BadInput {
  readonly name: string;
  readonly bytes: Buffer;
  readonly valid?: boolean;
  readonly binary?: boolean;
}

const ARTICLE = 'Rebels attacked an army base near Goma on Monday, officials said. ' +
  'Police arrested twelve protesters in Kinshasa after clashes on Tuesday, witnesses told reporters.';
const RECORD = JSON.stringify({ id: 'fuzz-ok', published: '2024-03-04', title: 'Goma', text: ARTICLE });
const HTML = (body: string, head = '<title>Goma</title>') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const PARAS = `<article><p>${ARTICLE}</p><p>${ARTICLE}</p></article>`;
const WARC_RECORD = (length: number, body: string) =>
  `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://news.example/a\r\nWARC-Date: 2024-03-04T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${length}\r\n\r\n${body}\r\n\r\n`;
const HTTP_PAGE = `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n${HTML(PARAS)}`;

// A deterministic byte stream, so a failure is the same failure on the next run.
function noise(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

const text = (name: string, value: string): BadInput => ({ name, bytes: Buffer.from(value, 'utf8') });
const bytes = (name: string, value: Buffer): BadInput => ({ name, bytes: value });
const binary = (name: string, value: Buffer): BadInput => ({ name, bytes: value, binary: true });

export function badInputs(): BadInput[] {
  return [
    // nothing there
    text('empty.txt', ''),
    text('spaces.txt', '   \n\t\n  '),
    text('newlines.txt', '\n'.repeat(10_000)),
    text('bom-only.txt', '\uFEFF'),
    text('one-word.txt', 'Goma'),
    text('punctuation.txt', '.'.repeat(100_000)),
    text('digits.txt', '7'.repeat(100_000)),
    // bytes that are not text
    binary('nul.txt', Buffer.alloc(4096)),
    binary('noise.bin', noise(65_536, 1)),
    binary('noise.txt', noise(8_192, 2)),
    binary('utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')])),
    binary('utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ARTICLE, 'utf16le').swap16()])),
    bytes('invalid-utf8.txt', Buffer.concat([Buffer.from(ARTICLE), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff]), Buffer.from(ARTICLE)])),
    bytes('overlong-utf8.txt', Buffer.concat([Buffer.from(ARTICLE), Buffer.from([0xc0, 0xaf, 0xe0, 0x80, 0xaf])])),
    bytes('surrogate-utf8.txt', Buffer.concat([Buffer.from(ARTICLE), Buffer.from([0xed, 0xa0, 0x80])])),
    binary('elf.txt', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), noise(2000, 3)])),
    // text that is hard on the tokenizer and the coder
    text('long-token.txt', `${ARTICLE} ${'x/'.repeat(50_000)} ${ARTICLE}`),
    text('base64-blob.txt', `${ARTICLE}\n${noise(60_000, 4).toString('base64')}\n${ARTICLE}`),
    text('run-on.txt', `${'the rebels and the army and '.repeat(5_000)}.`),
    text('controls.txt', `${ARTICLE}\u0001\u0002\u0007\u001b[31m\u0008${ARTICLE}`),
    text('bidi.txt', `\u202e${ARTICLE}\u202c\u200f\u200b`.repeat(20)),
    text('emoji.txt', '🔥💣🚀'.repeat(5_000)),
    text('chinese.txt', '叛军周一袭击了戈马附近的一个军事基地。'.repeat(200)),
    text('combining.txt', `Go${'\u0301'.repeat(50_000)}ma was attacked.`),
    text('too-large.txt', `${ARTICLE}\n`.repeat(62_000)),
    // HTML
    text('tags-only.html', HTML('<div><span></span></div>'.repeat(1000))),
    text('deep.html', HTML(`${'<div>'.repeat(20_000)}${ARTICLE}${'</div>'.repeat(20_000)}`)),
    text('unclosed.html', `<html><body><p>${ARTICLE}<div><p><b><i>${ARTICLE}`),
    text('huge-attribute.html', HTML(`<div data-x="${'a'.repeat(500_000)}">${PARAS}</div>`)),
    text('huge-comment.html', HTML(`<!--${'-'.repeat(500_000)}${PARAS}`)),
    text('script-only.html', HTML(`<script>${'var a=1;'.repeat(10_000)}</script>`)),
    text('bad-charset.html', HTML(PARAS, '<meta charset="x-nonsense-42"><title>Goma</title>')),
    text('entities.html', HTML(`<p>${'&amp;&#x110000;&#0;&bogus;'.repeat(2000)}</p>`)),
    // feeds and XML
    text('empty-rss.xml', '<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>'),
    text('broken-rss.xml', `<?xml version="1.0"?><rss version="2.0"><channel><item><title>Goma</title><description>${ARTICLE}`),
    text('entity-bomb.xml', `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('')}]><rss version="2.0"><channel><item><description>&lol9;</description></item></channel></rss>`),
    text('atom-no-entries.xml', '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>'),
    text('other.xml', '<?xml version="1.0"?><sitemap><url>http://a</url></sitemap>'),
    // JSON and JSON Lines
    text('bad-first-line.jsonl', `this is not json\n${RECORD}\n`),
    text('array-first-line.jsonl', `[1, 2]\n${RECORD.replace('fuzz-ok', 'fuzz-ok-2')}\n`),
    text('arrays.jsonl', '[1]\n[2]\n[3]\n'),
    text('scalars.jsonl', '1\n"two"\nnull\ntrue\n'),
    text('text-null.jsonl', '{"id": "n", "text": null}\n{"id": "m", "text": 42}\n'),
    text('truncated.jsonl', `${RECORD}\n{"id": "t", "text": "Rebels attac`),
    text('bad-dates.jsonl', `${JSON.stringify({ id: 'd1', published: '2024-13-45', text: ARTICLE })}\n${JSON.stringify({ id: 'd2', published: 'yesterday', text: ARTICLE })}\n`),
    text('no-newline.jsonl', `{"id": "x", "text": "${'y'.repeat(5_000_000)}`),
    text('deep-nesting.jsonl', `${'['.repeat(100_000)}\n`),
    text('pretty.json', JSON.stringify({ id: 'p', text: ARTICLE }, null, 2)),
    text('proto.jsonl', `{"__proto__": {"text": "x"}, "constructor": 1, "id": "q", "text": ${JSON.stringify(ARTICLE)}}\n`),
    // compressed and archived
    binary('truncated.txt.gz', gzipSync(Buffer.from(ARTICLE.repeat(50))).subarray(0, 40)),
    binary('garbage.gz', Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), noise(5000, 5)])),
    binary('gzip-bomb.txt.gz', gzipSync(Buffer.alloc(60_000_000, 0x61))),
    text('garbage.warc', `WARC/1.0\r\n${noise(3000, 6).toString('latin1')}`),
    text('overshoot.warc', WARC_RECORD(Buffer.byteLength(HTTP_PAGE) + 5000, HTTP_PAGE)),
    text('negative-length.warc', WARC_RECORD(-5, HTTP_PAGE)),
    text('no-length.warc', WARC_RECORD(0, HTTP_PAGE).replace(/Content-Length: 0\r\n/, '')),
    text('truncated.warc', WARC_RECORD(Buffer.byteLength(HTTP_PAGE), HTTP_PAGE).slice(0, 200)),
    // export files for import
    text('header-only.csv', 'event_id,doc_id,record\n'),
    text('unterminated.csv', 'event_id,doc_id,record\n"1,a,{}\n2,b,{}\n'),
    text('bad-record.csv', 'event_id,doc_id,record\n1,a,not json\n2,b,"{""event"": 5}"\n'),
    text('no-record-column.csv', 'event_id,doc_id\n1,a\n'),
    text('gdelt-junk.tsv', `GLOBALEVENTID\tSQLDATE\n${'\t'.repeat(60)}\n`),
    text('events-garbage.jsonl', '{"doc_id": 5}\n{"event": null}\n{}\n'),
    // good ones, mixed in
    { ...text('good.txt', `Goma clashes\n\n${ARTICLE}`), valid: true },
    { ...text('good.jsonl', `${RECORD}\n`), valid: true },
  ];
}
