import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import { tokenAt } from '../resolve/token-map.ts';

/** In an event's rules: a pronoun took up a bare role named in an earlier sentence and stands as that role. */
export const EARLIER_ROLE_RULE = 'actor:pronoun-takes-up-earlier-role';

/**
 * "The army said rebels shelled the town. They also burned a market", "... The UN urged them to stop": a pronoun that
 * takes up a bare role ("rebels", no country of its own) named in an earlier sentence is that role, as a repeated
 * description is, and takes its country the same way. One in the role's own sentence stays as it is ("Residents said
 * they were protesting" may mean others than the speakers: core/assemble.ts reads those).
 */
export function takesUpEarlierRole(doc: AnalyzedText, pronoun: ActorPhrase, role: ActorPhrase): boolean {
  return pronoun.kind === 'anaphor' && /^(it|they|them|he|him|she|her)$/i.test(pronoun.text) && doc.tokens[tokenAt(doc, pronoun.start)]?.sentence > doc.tokens[tokenAt(doc, role.start)]?.sentence;
}
