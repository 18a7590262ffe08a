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

// An alias in printable ASCII (most of the 200,000 filed at every start): its words and capitals read without
// Unicode classes, which in ASCII are exactly these (apostrophes ' and `, letters and digits, capitals A-Z).
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export function phraseKey(alias: string): PhraseKey {
  const words = phraseWords(alias).filter(Boolean);
  const exactLetters = ACRONYM.test(alias.trim()) ? alias.replace(/[^A-Za-z]/g, '') : null;
  const ascii = PRINTABLE_ASCII.test(alias);
  const aliasWords = ascii
    ? alias.replace(/^the\s+/i, '').replace(/['`]/g, '').split(/[^A-Za-z0-9]+/).filter(Boolean)
    : alias.replace(/^the\s+/i, '').replace(/['’ʼ‘`´]/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  let capitals = 0;
  if (aliasWords.length === words.length) {
    for (let k = 0; k < aliasWords.length && k < 31; k++) {
      const first = aliasWords[k].charCodeAt(0);
      if (ascii ? first >= 65 && first <= 90 : /^\p{Lu}/u.test(aliasWords[k])) capitals |= 1 << k;
    }
  }
  return { words, capitals, exactLetters };
}
