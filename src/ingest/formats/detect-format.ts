import { looksBinary } from '../decode-text.ts';

export type Format = 'gzip' | 'warc' | 'feed' | 'html' | 'jsonl' | 'text' | 'binary' | 'json' | 'xml';

// Decides from the first bytes of an input (after gunzip, for gzip files) what it is. The name only
// breaks ties: "report.jsonl" whose first line is cut short is still JSON Lines, not prose.
//   "WARC/1.1\r\n..."                          → warc
//   "<?xml ...><rss" / "<feed xmlns=...Atom"   → feed
//   "<!DOCTYPE html>" / "<html" / "<p>"        → html
//   '{"id": "a1", "text": "..."}\n{...'        → jsonl
//   "{\n  \"id\": ..." (one pretty-printed object) → json (not supported: one object per line is)
export function detectFormat(head: Uint8Array, name: string): Format {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  // UTF-16 text is full of NUL bytes; as 'text' it gets decode-text's precise "convert it" message
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return 'text';
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head).replace(/^\uFEFF/, '');
  if (text.startsWith('WARC/')) return 'warc';
  if (looksBinary(head)) return 'binary';
  const start = text.trimStart();
  if (start.startsWith('<')) return markupFormat(start.slice(0, 4096).toLowerCase());
  if (start.startsWith('{')) return jsonFormat(start, head.length, name);
  // A JSON Lines file whose first line is damaged is still JSON Lines (its first line is one error,
  // not the whole file stored as one article): named so, or its next line is a JSON object.
  if (JSONL_NAME.test(name) || isJsonObject(secondLine(start))) return 'jsonl';
  return 'text';
}

const JSONL_NAME = /\.(jsonl|ndjson)(\.gz)?$/i;

function secondLine(text: string): string {
  const rest = text.slice(text.indexOf('\n') + 1).trimStart();
  const newline = rest.indexOf('\n');
  return text.includes('\n') && newline !== -1 ? rest.slice(0, newline).trim() : '';
}

function markupFormat(lower: string): Format {
  const root = rootElement(lower);
  if (root === 'rss' || root === 'feed' || root === 'rdf:rdf') return 'feed';
  if (root === 'html' || lower.startsWith('<!doctype html') || /^<(head|body|article|main|section|div|p|h1|meta|title)\b/.test(lower)) return 'html';
  if (lower.startsWith('<?xml')) return 'xml';
  // prose that happens to start with a tag-like "<Reuters>" stays prose unless it closes HTML blocks
  return /<\/(p|div|body|article)>/.test(lower) ? 'html' : 'text';
}

function jsonFormat(start: string, headBytes: number, name: string): Format {
  const newline = start.indexOf('\n');
  const firstLine = (newline === -1 ? start : start.slice(0, newline)).trim();
  if (isJsonObject(firstLine) || JSONL_NAME.test(name)) return 'jsonl';
  // a first record longer than the sniffed head: it starts like one
  if (newline === -1 && headBytes >= 4096 && /^\{\s*"/.test(firstLine)) return 'jsonl';
  return firstLine === '{' ? 'json' : 'text';
}

// The first element name after the prolog, comments and doctype: "rss", "feed", "rdf:rdf", "html".
function rootElement(lower: string): string | null {
  const body = lower.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype[^>]*>/g, '').trimStart();
  const match = /^<([a-z][\w:.-]*)/.exec(body);
  return match ? match[1] : null;
}

function isJsonObject(line: string): boolean {
  if (!line.endsWith('}')) return false;
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
