import { shippedSyntaxModel } from './index.ts';
import { normalizeForm } from './word-form.ts';

/** The tags the tagger's training lexicon lists for a word ("VERB:NOUN VERB" → its tags after the colon), or null if it does not know it. */
function tagsOf(word: string): readonly string[] | null {
  const lexicon = shippedSyntaxModel().tagger.clusters?.lexicon;
  if (!lexicon) return null;
  const id = lexicon.classOf.get(normalizeForm(word));
  return id === undefined ? null : lexicon.classNames[id].split(':')[1].split(' ');
}

/** True when the tagger's lexicon knows the word (in any tag). */
export const knownWord = (word: string): boolean => tagsOf(word) !== null;

/** True when the tagger's lexicon lists the word as a verb. */
export const knownVerb = (word: string): boolean => tagsOf(word)?.includes('VERB') === true;
