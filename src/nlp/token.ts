import type { Token } from './types.ts';

/**
 * Every token made in one shape: the same fields in the same order, `readAs` present (undefined) when the word is
 * read as written. Tokens built as literals and changed by spreading (`{ ...t, readAs }`) came in a dozen hidden
 * classes (V8 maps), one new per spread that added `readAs`; every function reading tokens was compiled for the
 * common one and thrown away when a rare one reached it (session 44, `--trace-deopt`: "wrong map").
 */
export function makeToken(index: number, text: string, lower: string, lemma: string, pos: string, start: number, end: number, sentence: number, readAs?: string): Token {
  return { index, text, lower, lemma, pos, start, end, sentence, readAs };
}

/** `t` with some of its fields changed, in the same shape (what `{ ...t, ...change }` meant). */
export function changedToken(t: Token, change: Partial<Token>): Token {
  return makeToken(
    change.index ?? t.index, change.text ?? t.text, change.lower ?? t.lower, change.lemma ?? t.lemma, change.pos ?? t.pos,
    change.start ?? t.start, change.end ?? t.end, change.sentence ?? t.sentence, 'readAs' in change ? change.readAs : t.readAs,
  );
}
