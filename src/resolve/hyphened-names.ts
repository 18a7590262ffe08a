import type { AnalyzedText } from '../nlp/types.ts';

type Tokens = AnalyzedText['tokens'];

// One romanised syllable of a Korean, Chinese or Vietnamese given name ("mok", "myung", "soo", "un", "hwan"): a few
// consonants, a vowel cluster, an optional final nasal or stop. English words after a hyphen in a name's run
// ("Hamas-run", "Kremlin-backed", "Moscow-based") mostly end in -ed or a consonant pair outside this shape.
const SYLLABLE = /^(?:[bcdghjklmnprstwy]{0,3})(?:[aeiou]{1,3}|wo|wa|ye|yo|yu|ya)(?:ng|n|k|l|m|p)?$/;
const NOT_SYLLABLES = new Set(['run', 'led', 'up', 'in', 'on', 'born', 'long', 'pro']);

const tight = (a: Tokens[number], b: Tokens[number]) => a.end === b.start && a.sentence === b.sentence;
const syllable = (t: Tokens[number] | undefined) => t !== undefined && SYLLABLE.test(t.text) && !NOT_SYLLABLES.has(t.text);

/** Where "Sang-mok" in "Choi Sang-mok" starts, when token k is one of its three tokens; -1 otherwise. */
function hyphenedStart(tokens: Tokens, k: number): number {
  for (let s = k - 2; s <= k; s++) {
    const [cap, hyphen, rest] = [tokens[s], tokens[s + 1], tokens[s + 2]];
    if (cap && hyphen?.text === '-' && /^[A-Z][a-z]+$/.test(cap.text) && syllable(rest) && tight(cap, hyphen) && tight(hyphen, rest)) return s;
  }
  return -1;
}

/**
 * "Choi Sang-mok", "Lee Jae-myung", "Han Duck-soo": a two-syllable given name written with a hyphen is tokenised as a
 * capitalised word, a hyphen and a lowercase syllable the tagger reads as anything ("Sang" a verb, "mok" a noun).
 * After a name's first word, each of the three tokens continues the name.
 */
export function inHyphenedGivenName(tokens: Tokens, k: number, nameStart: number): boolean {
  const s = hyphenedStart(tokens, k);
  return s > nameStart;
}

/**
 * "Park Ji-won", "Moon Jae-in": a short capitalised word right before a hyphened given name is the family name, though
 * the tagger read it as a common noun ("park", "moon"); it opens the name's run.
 */
export function opensHyphenedName(tokens: Tokens, i: number): boolean {
  const [family, next] = [tokens[i], tokens[i + 1]];
  return next !== undefined && next.sentence === family.sentence && /^[A-Z][a-z]{1,4}$/.test(family.text) && hyphenedStart(tokens, i + 1) === i + 1;
}
