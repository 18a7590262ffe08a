import { createHash } from 'node:crypto';
import { basename } from 'node:path';

// "report.txt#3f2a9c1d0b": readable, and stable across runs and machines (no absolute path, no
// clock), yet two different files both called report.txt do not share an id. Text files hash their
// decoded text; web pages their raw bytes (see webDocId).
export function docIdFor(name: string, content: string | Uint8Array): string {
  return `${basename(name)}#${shortHash(content)}`;
}

// "https://news.example.com/2024/05/01/story#3f2a9c1d0b" for a web page: the URL says where it came
// from, the hash of the bytes tells a page apart from the same URL crawled again after an update.
// Computed from the raw bytes, before any extraction, so a resumed ingest can skip a stored page
// without parsing it.
export function webDocId(url: string, content: string | Uint8Array): string {
  return `${url.replace(/#.*$/, '')}#${shortHash(content)}`;
}

function shortHash(content: string | Uint8Array): string {
  const hash = createHash('sha256');
  if (typeof content === 'string') hash.update(content, 'utf8');
  else hash.update(content);
  return hash.digest('hex').slice(0, 10);
}
