import type { AnalyzedText } from '../nlp/types.ts';
import type { PlaceMention } from './types.ts';
import { tokenAt } from './token-map.ts';

// words "from" may skip back over to its place: "from neighboring Chad", "from the war-torn Darfur region"
const MAX_WORDS_TO_FROM = 4;
const NOMINAL = new Set(['NOUN', 'PROPN']);

/**
 * "Troops from Chad", "a delegation from Kyiv", "migrants from West Africa": a place after "from" that follows a noun
 * says where people come from, not where the story's news happens ("withdrew from Goma", "fled from Kabul" do: the
 * verb left that place). Read without a tree, for the story's opening countries (story-place.ts leadCountries).
 */
export function isOriginAfterNoun(doc: AnalyzedText, p: PlaceMention): boolean {
  if (p.prep !== 'from') return false;
  const first = tokenAt(doc, p.start);
  const sentence = doc.tokens[first]?.sentence;
  for (let i = first - 1; i >= 0 && i >= first - MAX_WORDS_TO_FROM && doc.tokens[i].sentence === sentence; i--) {
    if (doc.tokens[i].lower !== 'from') continue;
    const before = doc.tokens[i - 1];
    return before !== undefined && before.sentence === sentence && NOMINAL.has(before.pos);
  }
  return false;
}
