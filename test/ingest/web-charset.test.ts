import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeWeb } from '../../src/ingest/formats/web-charset.ts';

const latin1 = (s: string) => Buffer.from(s, 'latin1');

// [case, bytes, HTTP charset, expected text, charset used, replaced characters]
const CASES: ReadonlyArray<[string, Buffer, string | null, string, string, number]> = [
  ['plain UTF-8', Buffer.from('São Paulo'), null, 'São Paulo', 'utf-8', 0],
  ['HTTP header wins', latin1('São Paulo'), 'ISO-8859-1', 'São Paulo', 'windows-1252', 0],
  ['<meta charset>', latin1('<meta charset="windows-1252"><p>caf\xe9</p>'), null, '<meta charset="windows-1252"><p>café</p>', 'windows-1252', 0],
  ['http-equiv', latin1('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">Bogot\xe1'), null,
    '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">Bogotá', 'windows-1252', 0],
  ['XML declaration', latin1('<?xml version="1.0" encoding="ISO-8859-1"?><rss>Bel\xe9m'), null, '<?xml version="1.0" encoding="ISO-8859-1"?><rss>Belém', 'windows-1252', 0],
  ['undeclared legacy bytes → windows-1252', latin1('Bogot\xe1 and the army\x92s'), null, 'Bogotá and the army’s', 'windows-1252', 0],
  ['mostly UTF-8 with a stray legacy byte stays UTF-8', Buffer.concat([Buffer.from('Sudan’s army'), Buffer.from([0x92]), Buffer.from('s')]), null,
    'Sudan’s army\uFFFDs', 'utf-8', 1],
  ['an unknown label is ignored', Buffer.from('plain'), 'x-unknown-charset', 'plain', 'utf-8', 0],
  ['UTF-8 BOM beats a wrong header', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Kyïv')]), 'iso-8859-1', 'Kyïv', 'utf-8', 0],
];

describe('decodeWeb', () => {
  for (const [what, bytes, declared, text, charset, replaced] of CASES) {
    it(what, () => {
      const decoded = decodeWeb(bytes, declared);
      assert.deepEqual(decoded, { text, charset, replaced });
    });
  }
});
