import { hashString } from './hash.ts';
import { normalizeForm, wordShape } from './word-form.ts';

/**
 * Per-token string hashes of one sentence, computed once and read by every feature template of the
 * tagger and the parser. Buffers grow to the longest sentence seen and are reused (no per-token objects).
 */
export class TokenTable {
  length = 0;
  forms: string[] = []; // normalised lowercase forms (tag dictionary key)
  lower = new Int32Array(0);
  cased = new Int32Array(0);
  suffix1 = new Int32Array(0);
  suffix2 = new Int32Array(0);
  suffix3 = new Int32Array(0);
  suffix4 = new Int32Array(0);
  prefix1 = new Int32Array(0);
  prefix3 = new Int32Array(0);
  shape = new Int32Array(0);

  fill(words: readonly string[]): void {
    const n = words.length;
    if (this.lower.length < n) this.grow(Math.max(n, this.lower.length * 2, 64));
    this.length = n;
    for (let i = 0; i < n; i++) {
      const w = normalizeForm(words[i]);
      this.forms[i] = w;
      this.lower[i] = hashString(w);
      const raw = words[i];
      this.cased[i] = raw.toLowerCase() === raw ? this.lower[i] : hashString(w === raw.toLowerCase() ? raw : w + '^');
      this.suffix1[i] = hashString(w.slice(-1));
      this.suffix2[i] = hashString(w.slice(-2));
      this.suffix3[i] = hashString(w.slice(-3));
      this.suffix4[i] = hashString(w.slice(-4));
      this.prefix1[i] = hashString(raw.slice(0, 1));
      this.prefix3[i] = hashString(w.slice(0, 3));
      this.shape[i] = hashString(wordShape(raw));
    }
  }

  private grow(size: number): void {
    for (const key of ['lower', 'cased', 'suffix1', 'suffix2', 'suffix3', 'suffix4', 'prefix1', 'prefix3', 'shape'] as const) {
      this[key] = new Int32Array(size);
    }
  }
}

/** Stand-ins for positions before the first and after the last token. */
export const BEFORE = 0x5f3759df | 0;
export const AFTER = 0x2545f491 | 0;
