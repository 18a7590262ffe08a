// One article is at most a long report; anything bigger is almost always a corpus or a wrong file,
// and coding it as one document would be slow and meaningless.
export const DEFAULT_MAX_BYTES = 10_000_000;

export function tooLargeReason(what: 'file' | 'line', bytes: number, limit: number): string {
  const hint = what === 'file' ? '; use --jsonl for corpora' : '';
  return `${what} too large: ${megabytes(bytes)} > ${megabytes(limit)} limit for one article${hint}`;
}

// Decimal units, as file managers show them: 52_428_800 -> "52.4 MB", 10_000_000 -> "10 MB".
export function megabytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  const [value, unit] = bytes < 1_000_000 ? [bytes / 1000, 'kB'] : [bytes / 1_000_000, 'MB'];
  return `${value.toFixed(1).replace(/\.0$/, '')} ${unit}`;
}
