/**
 * Matching form of text: lower case, no diacritics, no apostrophes, other punctuation as
 * spaces, single spaces. "Kata’ib Hezbollah" and "Kataib Hezbollah" both become "kataib hezbollah".
 * `map[i]` is the offset in the original text of normalised character i, so matches found in
 * the normalised form point back to the article.
 */
export interface NormalizedText {
  readonly norm: string;
  readonly map: ArrayLike<number>;
}

const APOSTROPHES = /['’ʼ‘`´]/;
const COMBINING = /[\u0300-\u036f]/g;

// The normalised text's UTF-16 units, made into one string at the end: appending a character at a
// time made a rope of thousands of nodes per article for the collector (the same string either way).
class CodeBuffer {
  private codes: Uint16Array;
  private length = 0;
  constructor(capacity: number) {
    this.codes = new Uint16Array(Math.max(16, capacity));
  }
  push(code: number): void {
    if (this.length === this.codes.length) {
      const grown = new Uint16Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[this.length++] = code;
  }
  pushAll(s: string): void {
    for (let k = 0; k < s.length; k++) this.push(s.charCodeAt(k));
  }
  text(): string {
    let out = '';
    // apply, not a spread: a spread walks the array through an iterator, an object per character
    for (let k = 0; k < this.length; k += 8192) out += String.fromCharCode.apply(null, this.codes.subarray(k, Math.min(this.length, k + 8192)) as unknown as number[]);
    return out;
  }
}

// The offset map the same way: one typed array sized for the text (an array grown a push at a time was
// copied a dozen times per article).
class OffsetBuffer {
  private offsets: Int32Array;
  private length = 0;
  constructor(capacity: number) {
    this.offsets = new Int32Array(Math.max(16, capacity));
  }
  push(offset: number): void {
    if (this.length === this.offsets.length) {
      const grown = new Int32Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    this.offsets[this.length++] = offset;
  }
  array(): Int32Array {
    return this.offsets.subarray(0, this.length);
  }
}

export function normalizeWithMap(text: string): NormalizedText {
  const norm = new CodeBuffer(text.length);
  const map = new OffsetBuffer(text.length + 1);
  let lastWasSpace = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII other than the apostrophes (most of an English article): folding is lower-casing, and
    // letters and digits are the only word characters; no per-character strings to make
    if (code < 0x80 && code !== 0x27 && code !== 0x60) {
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
        norm.push(code);
      } else if (code >= 0x41 && code <= 0x5a) {
        norm.push(code + 0x20);
      } else {
        if (lastWasSpace) continue;
        norm.push(0x20);
        map.push(i);
        lastWasSpace = true;
        continue;
      }
      map.push(i);
      lastWasSpace = false;
      continue;
    }
    lastWasSpace = foldOther(text, i, norm, map, lastWasSpace);
  }
  map.push(text.length);
  return { norm: norm.text(), map: map.array() };
}

// Any other character: apostrophes, and letters folded to their plain lower-case form. Its own function, not a branch of
// the loop: the loop is optimised on ASCII text first, and a rare non-ASCII character then deoptimised it with
// insufficient type feedback, every time in some runs (292 deopts in 300 articles, session 44 `--trace-deopt`).
function foldOther(text: string, i: number, norm: CodeBuffer, map: OffsetBuffer, lastWasSpace: boolean): boolean {
  const ch = text[i];
  if (APOSTROPHES.test(ch)) {
    // A possessive "'s" ends the word ("Ukraine's" → "ukraine s"); other apostrophes vanish ("Kata'ib" → "kataib").
    if (/^[sS](?![\p{L}\p{N}])/u.test(text.slice(i + 1, i + 3)) && !lastWasSpace) {
      norm.push(0x20);
      map.push(i);
      return true;
    }
    return lastWasSpace;
  }
  const folded = ch.normalize('NFKD').replace(COMBINING, '').toLowerCase();
  for (const f of folded) {
    if (/[\p{L}\p{N}]/u.test(f)) {
      norm.pushAll(f);
      map.push(i);
      lastWasSpace = false;
    } else if (!lastWasSpace) {
      norm.push(0x20);
      map.push(i);
      lastWasSpace = true;
    }
  }
  return lastWasSpace;
}

/** Same form as `normalizeWithMap` for a whole name, without the offset map (fast path for gazetteers). */
const PLAIN_ASCII = /^[A-Za-z0-9 ]*$/;
const ASCII_NO_APOSTROPHE = /^[\x20-\x26\x28-\x7e]*$/;

export function normalizeName(name: string): string {
  if (PLAIN_ASCII.test(name)) return name.toLowerCase().trim().replace(/ +/g, ' ');
  if (ASCII_NO_APOSTROPHE.test(name)) return name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return name
    .normalize('NFKD')
    .replace(COMBINING, '')
    .toLowerCase()
    .replace(/(?<=[\p{L}\p{N}])['’ʼ‘`´]s(?![\p{L}\p{N}])/gu, ' s')
    .replace(/['’ʼ‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
