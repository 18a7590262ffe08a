import type { AnalyzedText, Token } from '../nlp/types.ts';
import type { PlaceMention } from '../resolve/types.ts';
import { tokenAt } from '../resolve/token-map.ts';

// "staged rallies in two places in the city — the Mong Kok area and the Wan Chai district", "held rallies in two
// districts of Istanbul, Kadikoy and Besiktas": an act told as being in several parts of one whole, whose parts are then
// listed, happened in the whole (named there, or the story's, as "the territory" is): the listed parts are its examples,
// as "including Yekaterinburg" is of "Siberia and the Urals" (listed-places.ts). Not a list with no counted whole
// before it ("in Kadikoy and Besiktas"), nor a part named with a verb of its own after the list opens.
const WHOLE_PREPS = new Set(['in', 'of', 'across', 'around', 'throughout']);
const SEPARATORS = new Set(['—', '–', ':', ',']);
// a hyphen stands for a dash only with spaces around it ("two places in the city - X and Y"), not in "Moscow-friendly"
const SPACED_DASHES = new Set(['-', '--']);
const MAX_WHOLE_WORDS = 5;
const MAX_LIST_WORDS = 20;

/** The place `p` is one of the parts listed after "in two places in the city —" (a counted plural and its whole). */
export function isListedPartOfWhole(doc: AnalyzedText, p: PlaceMention): boolean {
  const tokens = doc.tokens;
  const first = tokenAt(doc, p.start);
  const sentence = tokens[first]?.sentence;
  // back over the list to the separator that opens it: no verb and no sentence stop in between
  let sep = first - 1;
  for (; sep >= 0 && first - sep <= MAX_LIST_WORDS && tokens[sep].sentence === sentence; sep--) {
    const t = tokens[sep];
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ';' || t.text === '.') return false;
    const separates = SEPARATORS.has(t.text) || SPACED_DASHES.has(t.text) && tokens[sep - 1]?.end < t.start && t.end < tokens[sep + 1]?.start;
    if (separates && countedWholeBefore(tokens, sep, sentence)) return true;
  }
  return false;
}

/** Before token `sep`: "in two places in the territory", "across several districts of Istanbul" (the whole's words, then a counted plural). */
function countedWholeBefore(tokens: readonly Token[], sep: number, sentence: number): boolean {
  let prep = sep - 1;
  while (prep >= 0 && sep - prep <= MAX_WHOLE_WORDS && tokens[prep].sentence === sentence && !WHOLE_PREPS.has(tokens[prep].lower)) {
    if (tokens[prep].pos === 'VERB' || tokens[prep].pos === 'AUX' || tokens[prep].pos === 'PUNCT') return false;
    prep--;
  }
  if (prep < 2 || prep === sep - 1 || !WHOLE_PREPS.has(tokens[prep].lower)) return false;
  const plural = tokens[prep - 1];
  if (plural.pos !== 'NOUN' || plural.lemma === plural.lower || !plural.lower.endsWith('s')) return false;
  // the count right before the plural, or before one word describing it ("two main districts")
  const count = (t: Token | undefined) => t !== undefined && (t.pos === 'NUM' || QUANTITY.test(t.lower));
  return count(tokens[prep - 2]) || tokens[prep - 2].pos === 'ADJ' && count(tokens[prep - 3]);
}

// a count said in words: "several", "many", "multiple", "various", "a number of" ends in "of" and is no count here
const QUANTITY = /^(?:several|many|multiple|various|numerous|different|separate)$/;
