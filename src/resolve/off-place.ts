import type { AnalyzedText } from '../nlp/types.ts';
import { tokenBefore } from './token-map.ts';

// "attacked a cargo ship off Somalia", "drills in waters off Taiwan", "seized three boats off Sri Lanka": "off" after
// a noun, before a state's or a town's name, says where at sea, as "near" does, so the name is a place and no
// participant. Right after a verb it may be the verb's particle ("cut off Gaza", "cordoned off the parliament",
// "fended off Russia": the tagger reads both as a preposition, and lemmatises "cordoned" as itself), and the name
// stays what it was.

/** Whether the "off" before the phrase at `start` follows a word that is no verb: the locative preposition. */
export function offNamesPlace(doc: AnalyzedText, start: number): boolean {
  let i = tokenBefore(doc, start);
  const sentence = i >= 0 ? doc.tokens[i].sentence : -1;
  while (i >= 0 && doc.tokens[i].sentence === sentence && doc.tokens[i].lower !== 'off') i--;
  if (i <= 0 || doc.tokens[i].sentence !== sentence) return false;
  const before = doc.tokens[i - 1];
  return before.sentence === sentence && before.pos !== 'VERB' && before.pos !== 'AUX';
}
