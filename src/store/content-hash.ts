import { createHash } from 'node:crypto';

// Two copies of one wire story often differ only in line wrapping or trailing spaces; hashing the
// whitespace-normalised text makes them one article. Case and punctuation still count.
export function contentHash(text: string): string {
  const normalised = text.trim().replace(/\s+/g, ' ');
  return createHash('sha256').update(normalised, 'utf8').digest('hex');
}
