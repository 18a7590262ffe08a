import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstInvalidUtf8 } from '../../src/ingest/invalid-utf8.ts';

const CASES: readonly (readonly [string, readonly number[], number])[] = [
  ['ASCII', [0x61, 0x62], -1],
  ['2-, 3- and 4-byte characters', [0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x99, 0x82], -1],
  ['lone continuation byte', [0x61, 0x80], 1],
  ['overlong 2-byte', [0xc0, 0x80], 0],
  ['overlong 3-byte', [0x61, 0xe0, 0x80, 0x80], 1],
  ['UTF-16 surrogate', [0xed, 0xa0, 0x80], 0],
  ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
  ['F5 lead byte', [0xf5, 0x80, 0x80, 0x80], 0],
  ['truncated at the end', [0x61, 0x62, 0xe2, 0x82], 2],
  ['interrupted by ASCII', [0xe2, 0x28, 0xa1], 0],
];

describe('firstInvalidUtf8', () => {
  for (const [name, bytes, expected] of CASES) {
    it(name, () => assert.equal(firstInvalidUtf8(new Uint8Array(bytes)), expected));
  }

  // The offset is only meaningful if it agrees with the decoder that rejected the bytes.
  it('agrees with TextDecoder({fatal: true}) on random bytes', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let seed = 12345;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 5000; round++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(random() * 8) }, () =>
        (random() < 0.5 ? 0x80 + Math.floor(random() * 0x80) : Math.floor(random() * 0x100)));
      let valid = true;
      try { decoder.decode(bytes); } catch { valid = false; }
      assert.equal(firstInvalidUtf8(bytes) === -1, valid, `bytes ${Buffer.from(bytes).toString('hex')}`);
    }
  });
});
