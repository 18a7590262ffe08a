import type { Knowledge } from '../knowledge/types.ts';
import type { AnalyzedText } from '../nlp/types.ts';
import { tokenBefore } from './token-map.ts';

// "attacked a cargo ship off Somalia", "drills in waters off Taiwan", "a boat capsized off Libya": "off" before a
// state's or a town's name says where at sea, as "near" does, so the name is a place and no participant. Only the
// particle of a verb that takes one ("cut off Gaza", "sealed off Kherson", "fended off Russia": verbs whose
// patterns read "off" after them, data/patterns/verbs.tsv) leaves the name its object.

/** Whether the "off" before the phrase at `start` is the locative preposition, not a verb's particle. */
export function offNamesPlace(doc: AnalyzedText, kb: Pick<Knowledge, 'patterns'>, start: number): boolean {
  let i = tokenBefore(doc, start);
  const sentence = i >= 0 ? doc.tokens[i].sentence : -1;
  while (i >= 0 && doc.tokens[i].sentence === sentence && doc.tokens[i].lower !== 'off') i--;
  if (i <= 0 || doc.tokens[i].sentence !== sentence) return false;
  const verb = doc.tokens[i - 1];
  if (verb.sentence !== sentence || verb.pos !== 'VERB' && verb.pos !== 'AUX') return true;
  return !(kb.patterns.get(verb.lemma) ?? []).some((p) => p.steps[1]?.lemmas.includes('off') && !p.steps[1].gapBefore);
}
