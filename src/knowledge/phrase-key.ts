import { normalizeName } from '../nlp/normalize.ts';

// How an alias is filed in a gazetteer: its normalised words, and what the text must respect to match.

export interface PhraseKey {
  /** Normalised words, leading "the" dropped: "the Kata’ib Hezbollah" → ["kataib", "hezbollah"]. */
  readonly words: readonly string[];
  /**
   * Bit k set: alias word k is capitalised, so the text must capitalise it too ("Lebanese Forces" the
   * party, not "Lebanese forces"). A number, not an array per alias (there are 200,000 aliases).
   */
  readonly capitals: number;
  /** Acronyms such as "US" or "KH" only match in capitals: "us" and "Kh" are other words. */
  readonly exactLetters: string | null;
}

const ACRONYM = /^[A-Z][A-Z.]{0,5}$/;

/** The words alone: what exact lookups walk. */
export function phraseWords(name: string): string[] {
  return normalizeName(name).replace(/^the /, '').split(' ');
}

export function phraseKey(alias: string): PhraseKey {
  const words = phraseWords(alias).filter(Boolean);
  const exactLetters = ACRONYM.test(alias.trim()) ? alias.replace(/[^A-Za-z]/g, '') : null;
  const aliasWords = alias.replace(/^the\s+/i, '').replace(/['’ʼ‘`´]/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  let capitals = 0;
  if (aliasWords.length === words.length) aliasWords.forEach((w, k) => { if (k < 31 && /^\p{Lu}/u.test(w)) capitals |= 1 << k; });
  return { words, capitals, exactLetters };
}
