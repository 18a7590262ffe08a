import type { AnalyzedText } from '../nlp/types.ts';
import type { PlaceMention } from './types.ts';
import type { GivenNameGenders } from './pronoun-gender.ts';

// the prepositions before which a town's name stands as a place ("in Cárdenas", "near Cárdenas")
const PLACE_PREPS = new Set(['in', 'near', 'at', 'from', 'to', 'outside', 'around', 'into', 'towards', 'toward', 'across']);

/**
 * "President Elena Cárdenas … Lawmakers accused Cárdenas of lying": a town's name (Cárdenas in Cuba) that the article
 * gives as a person's surname, right after a given name (data/lexicon/given-name-genders.tsv), is that person in
 * every bare mention, not the town: as a place it made the story Cuba's, and its lawmakers Cuban. A mention after a
 * preposition of place ("in Cárdenas") stays the town (roles-47).
 */
export function withoutSurnameTowns<P extends PlaceMention>(doc: AnalyzedText, places: readonly P[], genders: GivenNameGenders | undefined): P[] {
  if (!genders || genders.size === 0) return [...places];
  const surnames = new Set<string>();
  const tokens = doc.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const given = tokens[i], next = tokens[i + 1];
    if (!genders.has(given.lower) || !/^[A-Z]/.test(given.text) || next.sentence !== given.sentence || !/^[A-Z]/.test(next.text)) continue;
    if (places.some((p) => p.place.precision === 'city' && p.text === next.text)) surnames.add(next.text);
  }
  if (surnames.size === 0) return [...places];
  return places.filter((p) => {
    if (!surnames.has(p.text)) return true;
    const at = doc.tokens.findIndex((t) => t.start === p.start);
    return at > 0 && PLACE_PREPS.has(doc.tokens[at - 1].lower) && !genders.has(doc.tokens[at - 1].lower);
  });
}
