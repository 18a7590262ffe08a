// How a dictionary name ("SERGEY LAVROV", all capitals in the source) is written in our data, and
// which names are too ordinary to be an alias.

const SMALL_WORDS = new Set(['OF', 'THE', 'AND', 'FOR', 'IN', 'ON', 'AT', 'TO', 'DE', 'DU', 'DES', 'LA', 'LE', 'DEL', 'DI', 'VON', 'VAN', 'BIN', 'BEN', 'IBN']);
const VOWEL = /[AEIOUY\u00C0-\u00DD]/;

/**
 * "SERGEY LAVROV" → "Sergey Lavrov", "AL-QAEDA IN IRAQ" → "Al-Qaeda in Iraq", "UN" and "PKK" stay capitals
 * (short or vowel-less words are acronyms). Capitals matter: the phrase index then wants them in the text,
 * so "Rice" the minister is not "rice".
 */
export function displayName(words: string): string {
  return words.split(' ').map((w, i) => {
    if (/^(?:\p{Lu}\.)+$/u.test(w) || w.length <= 3 && i === 0 && words.indexOf(' ') < 0 || !VOWEL.test(w) && /^\p{Lu}+$/u.test(w)) return w;
    if (i > 0 && SMALL_WORDS.has(w)) return w.toLowerCase();
    return w.toLowerCase().replace(/(^|[-'/.&])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
  }).join(' ');
}

/**
 * A name made only of ordinary English words ("NATIONAL ASSEMBLY", "LOOK") can denote many bodies or no
 * body at all; the dictionary's entry is one country's. `common` is a list of lowercase common words.
 */
export function isOrdinaryPhrase(words: string, common: ReadonlySet<string>): boolean {
  return words.split(' ').every((w) => common.has(w.toLowerCase()) || SMALL_WORDS.has(w));
}
