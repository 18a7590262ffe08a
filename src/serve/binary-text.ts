// A pasted "article" that is really a file's bytes (an image, a PDF, a gzip, a UTF-16 file) read as
// UTF-8: NUL characters, or a sample thick with control characters and U+FFFD (bytes that were not
// UTF-8). ingest refuses such files by their bytes (ingest/decode-text.ts, looksBinary); a JSON string
// has no bytes left, so the same rule is applied to its characters. A few stray controls or one bad
// byte in real prose stay text.

const SAMPLE_CHARS = 64 * 1024;
const MAX_SHARE = 0.05;

/** Why `text` is not text, or null when it is. */
export function binaryTextProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'it contains NUL characters (binary data, or UTF-16 read as UTF-8)';
  const sample = text.slice(0, SAMPLE_CHARS);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f || c === 0xfffd) odd++;
  }
  if (odd > sample.length * MAX_SHARE) {
    return `${Math.round((odd / sample.length) * 100)}% of its first characters are control characters or undecodable bytes (binary data, not text)`;
  }
  return null;
}
