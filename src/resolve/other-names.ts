import type { PlaceEntry } from '../knowledge/types.ts';
import { skeleton } from '../knowledge/geonames.ts';
import type { AnalyzedText } from '../nlp/types.ts';

// GeoNames lists a town under its other names too: former ones, many a person's surname (Perm was "Molotov", Tver
// "Kalinin", Mariupol "Zhdanov", Varna and Donetsk "Stalin", Naberezhnye Chelny "Brezhnev"), and foreign ones
// ("Bombay"). Such a name, no spelling of the town's own, names the person or the thing named after him far more often
// than the town: "threw Molotov cocktails", "Khrushchev denounced Stalin", "Brezhnev visited Prague". It names the town
// only after a locative word ("in Stalino", "born in Bombay"), and not there when a possessive or a common noun follows
// it ("in Stalin's time", "in Molotov cocktail attacks"): the name then describes, it places nothing.

/** `key` (a normalised name) is one of the town's other names: its consonants are not those of the town's own name. */
export function isOtherName(key: string, entry: PlaceEntry): boolean {
  if (entry.precision !== 'city') return false;
  // a former name shaped as a town's ("Artemivsk", "Stalino", "Leningrad") is no person's: it names the town
  if (TOWN_SHAPED.test(key)) return false;
  const own = skeleton(entry.name);
  const read = skeleton(key);
  // (the Arabic article written or not, "Fallujah" for Al Fallujah, and a word left out, "Washington" for Washington,
  // D.C., "Hague" for The Hague, are the same name)
  return !own.includes(read) && !read.includes(own);
}

// endings of town names in the languages GeoNames' former names come in: Slavic -sk, -grad, -pol, -ino, -ovo, -ovka;
// German -burg, -stadt; Persian and Turkic -abad, -kent; French and English -ville, -town
const TOWN_SHAPED = /(?:sk|grad|gorod|pol|polis|ino|ovo|evo|ovka|ivka|evka|burg|bourg|stadt|abad|kent|kand|ville|town)$/;

/**
 * The towns among `candidates` that the name (tokens first..last) may name where it stands: all of them when `key` is
 * each one's own name, the others by an other name only in a place's position with nothing describing after it.
 */
export function townsByOtherNameHeld(doc: AnalyzedText, last: number, key: string, candidates: readonly PlaceEntry[], locative: boolean): readonly PlaceEntry[] {
  const others = candidates.filter((c) => isOtherName(key, c));
  if (others.length === 0 || locative && !describesNext(doc, last)) return candidates;
  return candidates.filter((c) => !others.includes(c));
}

/** The word after token `last` makes the name a describing word: a possessive ending or a lower-case noun. */
function describesNext(doc: AnalyzedText, last: number): boolean {
  const next = doc.tokens[last + 1];
  if (next === undefined || next.sentence !== doc.tokens[last].sentence) return false;
  return POSSESSIVE.test(next.text) || next.pos === 'NOUN' && /^[a-z]/.test(next.text);
}

const POSSESSIVE = /^['’]s?$/;
