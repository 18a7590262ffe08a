import { createHash } from 'node:crypto';

// The exact-duplicate key: the same text up to whitespace (line wrapping, trailing spaces, CRLF),
// as the store's content hash normalises it. 64 bits of SHA-256: at a million articles the chance
// of any collision is ~3·10⁻⁸, and a Map of these costs a tenth of one of full hashes.
export function contentKey(text: string): string {
  return createHash('sha256').update(text.trim().replace(/\s+/g, ' '), 'utf8').digest('hex').slice(0, 16);
}
