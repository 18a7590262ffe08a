import { FNV_OFFSET } from './hash.ts';

// The treebank (EWT) and the pipeline's tokeniser (wink-nlp) spell some tokens differently; features see
// one normalised form so both look alike. Typographic quotes become ASCII ("“Hamas”" → '"Hamas"'),
// dashes of any length one "--", curly apostrophes straight ("don’t" → "do" "n't" in both), and digits
// 0 so "1,200" and "3,500" share a feature.

const DOUBLE_QUOTE = /^(?:[“”„«»"]|''|``|‘‘|’’|‘’)$/;
const DASH = /^(?:[—–―]|-{2,})$/;

export function normalizeForm(word: string): string {
  // Fast path for the common case, same result: ASCII, not a quote or dash form (those start with
  // one of " ' ` -), so only lowercasing and digits are left to do.
  let upper = false, digit = false, plain = word.length > 0;
  for (let i = 0; i < word.length && plain; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128 || (i === 0 && (c === 34 || c === 39 || c === 96 || c === 45))) plain = false;
    else if (c >= 65 && c <= 90) upper = true;
    else if (c >= 48 && c <= 57) digit = true;
  }
  if (plain) {
    const w = upper ? word.toLowerCase() : word;
    return digit ? w.replace(/\d/g, '0') : w;
  }
  if (DOUBLE_QUOTE.test(word)) return '"';
  if (DASH.test(word)) return '--';
  let w = word.toLowerCase();
  if (w.includes('’') || w.includes('‘')) w = w.replace(/[’‘]/g, "'");
  if (/\d/.test(w)) w = w.replace(/\d/g, '0');
  return w;
}

const SHAPE_X = 88, SHAPE_LOWER_X = 120, SHAPE_D = 100;

/**
 * Hash of the word's shape: "Hezbollah" → "Xx", "U.S." → "X.X.", "2020" → "d", "e-mail" → "x-x" (letter
 * classes, runs collapsed, at most 8), hashed as it is read (FNV-1a, as `hashString` of the shape).
 */
export function wordShapeHash(word: string): number {
  let h = FNV_OFFSET;
  let last = -1, length = 0;
  for (let i = 0; i < word.length && length < 8; i++) {
    const ch = word.charCodeAt(i);
    let c: number;
    if (ch >= 48 && ch <= 57) c = SHAPE_D;
    else if (ch >= 65 && ch <= 90) c = SHAPE_X;
    else if (ch >= 97 && ch <= 122) c = SHAPE_LOWER_X;
    else if (ch < 128) c = ch;
    else {
      const s = word[i];
      c = s.toLowerCase() !== s ? SHAPE_X : s.toUpperCase() !== s ? SHAPE_LOWER_X : ch;
    }
    if (c !== last) { h = Math.imul(h ^ c, 0x01000193); length++; }
    last = c;
  }
  return h | 0;
}
