import { createHash } from 'node:crypto';

// Two copies of one wire story often differ only in line wrapping or trailing spaces; hashing the
// whitespace-normalised text makes them one article. Case and punctuation still count.
export function contentHash(text: string): string {
  const normalised = text.trim().replace(/\s+/g, ' ');
  return createHash('sha256').update(normalised, 'utf8').digest('hex');
}

// The hash stored for an article. An empty text is no content to deduplicate on: `eventlens import`
// stores articles known only by their events (text ''), and those must not all collide, so an empty
// text hashes its doc_id instead (with a prefix no normalised text can produce).
export function articleHash(docId: string, text: string): string {
  if (text.trim() !== '') return contentHash(text);
  return createHash('sha256').update(`\u0000empty:${docId}`, 'utf8').digest('hex');
}
