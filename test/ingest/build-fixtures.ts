import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';

// Writes the fixtures that cannot be typed in an editor: legacy encodings, gzip, WARC. Run after
// changing a text fixture, then review the diff:  node --import tsx test/ingest/build-fixtures.ts
// The outputs are committed so the tests read files, as the CLI would.

const dir = new URL('./fixtures/', import.meta.url).pathname;
const read = (name: string) => readFileSync(dir + name);
const write = (name: string, bytes: Uint8Array) => writeFileSync(dir + name, bytes);

const LATIN1_PAGE = `<!DOCTYPE html>
<html lang="en"><head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Brazil and Colombia pledge joint Amazon patrols - Correio Global</title>
<meta property="og:title" content="Brazil and Colombia pledge joint Amazon patrols">
<meta name="pubdate" content="2023-08-09">
<meta name="author" content="João Araújo">
</head><body>
<div id="menu"><a href="/">Início</a> | <a href="/mundo">Mundo</a></div>
<div class="materia">
<h1>Brazil and Colombia pledge joint Amazon patrols</h1>
<p>BELÉM - Brazil and Colombia agreed on Wednesday to carry out joint police patrols along their Amazon border to fight illegal mining and drug trafficking, President Luiz Inácio Lula da Silva said after meeting his Colombian counterpart Gustavo Petro in Belém.</p>
<p>The two leaders signed a declaration at the end of a summit of the eight Amazon countries, which also called on wealthy nations to provide more money to protect the world's largest rainforest. Petro urged the region to stop new oil exploration, a proposal that Brazil did not endorse.</p>
<p>Environmental groups criticised the summit for failing to set a common target for ending deforestation. "It is a list of promises, not a plan," said a spokeswoman for the Observatório do Clima network in São Paulo.</p>
</div>
<div id="rodape">© Correio Global - todos os direitos reservados</div>
</body></html>`;

const WET_TEXT = `Thousands rally in Tbilisi against foreign agents bill

TBILISI, April 15 - Tens of thousands of Georgians marched through central Tbilisi on Sunday to protest against a bill on "foreign agents" that critics say mirrors a Russian law used to silence opponents of the Kremlin.

Protesters waving Georgian and European Union flags gathered outside parliament, where the ruling Georgian Dream party has revived the bill despite mass demonstrations that forced it to withdraw a similar draft last year. Police detained 11 people, the interior ministry said.

The European Union warned that the bill was incompatible with Georgia's ambition to join the bloc, which granted the country candidate status in December. The United States urged the government to reconsider.
`;

const MIXED_TEXT = `Ukraine says it shot down 20 drones over Odesa\n\nKYIV, Jan 9 - Ukraine's air force said on Tuesday it had shot down 20 of 24 drones launched by Russia overnight, most of them over the southern region of Odesa. The governor said debris damaged a warehouse and a power line; no one was hurt.\n\nThe military\x92s southern command said Russian forces also shelled the Kherson region 90 times over the past day, killing one civilian.\n`;

// A UTF-8 page (no charset declared) with two stray Windows-1252 bytes: decodable, a few U+FFFD.
const MIXED_PAGE = `<!DOCTYPE html><html lang="en"><head><title>Sudan ceasefire talks resume in Jeddah</title></head><body><article>
<h1>Sudan ceasefire talks resume in Jeddah</h1>
<p>JEDDAH — Delegations from Sudan’s army and the Rapid Support Forces returned to Jeddah on Thursday for a new round of ceasefire talks brokered by Saudi Arabia and the United States, the Saudi foreign ministry said.</p>
<p>The mediators said the talks would focus on humanitarian access and confidence-building measures. “Both sides have committed to facilitate aid,” a U.S. official said. The army\x92s delegation is led by a deputy commander.</p>
<p>Previous truces agreed in Jeddah collapsed within days, with each side accusing the other of violations. More than five million people have fled their homes since fighting erupted in Khartoum in April, according to the United Nations.</p>
</article></body></html>`;

// Declared UTF-8 but written in Windows-1252 throughout: every curly quote is a broken byte.
const GARBLED_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Talks</title></head><body><article>
<h1>Leaders \x93cautiously optimistic\x94 after talks</h1>
<p>\x93We\x92re not there yet,\x94 the minister said. \x93It\x92s a start.\x94 The envoy\x92s team didn\x92t comment. \x93We\x92ll see,\x94 said another official, who wouldn\x92t be named. The talks\x92 next round hasn\x92t been scheduled.</p>
<p>Officials said they\x92d meet again \x93soon\x94 and that the delegations\x92 positions hadn\x92t changed. \x93There\x92s still a gap,\x94 an aide said.</p>
</article></body></html>`;

function latin1(text: string): Buffer {
  return Buffer.from(text, 'latin1');
}

// Text where \xNN stands for the byte NN, the rest for UTF-8: a file in two encodings at once.
function mixed(text: string): Buffer {
  return Buffer.concat([...text].map((ch) => (ch.charCodeAt(0) >= 0x80 && ch.charCodeAt(0) <= 0x9f ? Buffer.from([ch.charCodeAt(0)]) : Buffer.from(ch, 'utf8'))));
}

async function* body(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

let recordNumber = 0;

// Fixed record ids, so that rebuilding changes nothing unless a fixture did.
async function record(opts: Parameters<typeof WARCRecord.create>[0], payload: Uint8Array): Promise<Uint8Array> {
  const id = `<urn:uuid:00000000-0000-4000-8000-${String(++recordNumber).padStart(12, '0')}>`;
  const warcHeaders = { 'WARC-Record-ID': id, ...opts?.warcHeaders };
  return WARCSerializer.serialize(WARCRecord.create({ warcVersion: 'WARC/1.1', keepHeadersCase: true, ...opts, warcHeaders }, body(payload)), { gzip: true });
}

async function crawl(): Promise<Buffer> {
  const date = '2024-03-17T19:02:11Z';
  const news = read('news-page.html');
  const records = [
    await record({ type: 'warcinfo', date, filename: 'crawl.warc.gz' }, Buffer.from('software: eventlens fixture builder\r\nformat: WARC File Format 1.1\r\n')),
    await record({ type: 'request', url: 'https://www.dailymeridian.example/world/2024/03/17/turkey-strikes-pkk-northern-iraq', date, httpHeaders: { Host: 'www.dailymeridian.example', 'User-Agent': 'newsbot/2.1' }, statusline: 'GET /world/2024/03/17/turkey-strikes-pkk-northern-iraq HTTP/1.1' }, new Uint8Array()),
    // served gzip-encoded, as most sites do: the reader must undo the Content-Encoding
    await record({ type: 'response', url: 'https://www.dailymeridian.example/world/2024/03/17/turkey-strikes-pkk-northern-iraq', date, httpHeaders: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': 'gzip' }, statusline: 'HTTP/1.1 200 OK' }, gzipSync(news)),
    await record({ type: 'response', url: 'https://correioglobal.example/mundo/2023/08/09/amazonia', date, httpHeaders: { 'Content-Type': 'text/html; charset=ISO-8859-1' }, statusline: 'HTTP/1.1 200 OK' }, latin1(LATIN1_PAGE)),
    await record({ type: 'response', url: 'http://dailymeridian.example/world', date, httpHeaders: { Location: 'https://www.dailymeridian.example/world', 'Content-Type': 'text/html' }, statusline: 'HTTP/1.1 301 Moved Permanently' }, Buffer.from('<html><body>Moved</body></html>')),
    await record({ type: 'response', url: 'https://www.dailymeridian.example/world/2024/03/01/deleted', date, httpHeaders: { 'Content-Type': 'text/html' }, statusline: 'HTTP/1.1 404 Not Found' }, Buffer.from('<html><body><h1>Page not found</h1></body></html>')),
    await record({ type: 'response', url: 'https://www.dailymeridian.example/media/2024/03/17/f16.jpg', date, httpHeaders: { 'Content-Type': 'image/jpeg' }, statusline: 'HTTP/1.1 200 OK' }, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1])),
    await record({ type: 'response', url: 'https://www.dailymeridian.example/world', date, httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' }, statusline: 'HTTP/1.1 200 OK' }, read('section-front.html')),
    await record({ type: 'conversion', url: 'https://caucasuswire.example/2024/04/15/tbilisi-rally', date, warcHeaders: { 'Content-Type': 'text/plain' } }, Buffer.from(WET_TEXT)),
    await record({ type: 'revisit', url: 'https://www.dailymeridian.example/world/2024/03/17/turkey-strikes-pkk-northern-iraq', date, refersToUrl: 'https://www.dailymeridian.example/world/2024/03/17/turkey-strikes-pkk-northern-iraq', refersToDate: date }, new Uint8Array()),
  ];
  return Buffer.concat(records);
}

write('latin1-page.html', latin1(LATIN1_PAGE));
write('mixed-encoding.txt', mixed(MIXED_TEXT));
write('mixed-encoding.html', mixed(MIXED_PAGE));
write('garbled.html', mixed(GARBLED_PAGE));
write('corpus.jsonl.gz', gzipSync(read('corpus.jsonl')));
write('news-page.html.gz', gzipSync(read('news-page.html')));
const warc = await crawl();
write('crawl.warc.gz', warc);
// an interrupted download: cut in the middle of the section-front record (the 8th)
write('crawl-truncated.warc.gz', warc.subarray(0, Math.floor(warc.length * 0.8)));
console.log(`fixtures written to ${dir}`);
