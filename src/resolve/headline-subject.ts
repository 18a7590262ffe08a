import type { AnalyzedText, Token } from '../nlp/types.ts';
import { baseForms } from '../extract/morphology.ts';

const THIRD_PERSON_S = /[^s]s$/;

/**
 * "Military Jails Activists", "Military Shells Rebel Positions": a title-cased headline (read on its lower-case forms,
 * nlp/title-case.ts) that opens with a role word that is also an adjective, then an event verb's present form agreeing
 * with it, and has no other verb, has that role word for its subject: the word tagger read "military jails" as an
 * adjective and its noun, and the role was dropped as a modifier ("military drills"). The tree's re-tagging reads the
 * verb (tree-repair/retag-headline-verb.ts); this keeps the subject it needs. `isActVerb`: an event pattern's verb lemma.
 */
export function opensVerblessHeadline(doc: AnalyzedText, word: Token, isActVerb: (lemma: string) => boolean, plural: boolean): boolean {
  const s = doc.sentences[word.sentence];
  const first = doc.tokens[s.tokenStart]?.lower === 'the' ? s.tokenStart + 1 : s.tokenStart;
  const next = doc.tokens[word.index + 1];
  if (word.index !== first || word.readAs === undefined || next?.readAs === undefined || next.sentence !== word.sentence) return false;
  // an object follows the verb: "Military Strikes On Gaza" may be a noun phrase's strikes
  const after = doc.tokens[word.index + 2];
  if (after === undefined || after.sentence !== word.sentence || after.pos === 'ADP' || after.pos === 'PUNCT') return false;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (doc.tokens[k].pos === 'VERB' || doc.tokens[k].pos === 'AUX') return false;
  // the verb's form agrees with the role: "Military Jails", "Rebels Seize"
  if (THIRD_PERSON_S.test(next.lower) === plural) return false;
  return baseForms(next).some((b) => b !== next.lower && isActVerb(b)) || plural && isActVerb(next.lower);
}
