import type { SentenceTree } from '../../nlp/syntax/index.ts';
import { HeldTags } from '../../nlp/syntax/held-tags.ts';
import type { AnalyzedText, Sentence } from '../../nlp/types.ts';
import { nounRetaggedTree } from './retag-noun.ts';
import { compoundRetaggedTree } from './retag-compound-noun.ts';
import { firstWordRetaggedTree } from './retag-first-word.ts';
import { firstParticipleRetaggedTree } from './retag-first-participle.ts';
import { retaggedTree } from './retag-verb.ts';
import { countedRetaggedTree } from './retag-counted-noun.ts';
import { subjectNounRetaggedTree } from './retag-subject-noun.ts';
import { headlineVerbRetaggedTree } from './retag-headline-verb.ts';
import { nameRetaggedTree, type NameSpan } from './retag-name.ts';
export { knownNameSpans, knownPlaceSpans } from './retag-name.ts';
import type { SecondParse } from './sentence-views.ts';

/** The rule ids of the re-taggings all start so. */
export const RETAG_PREFIX = 'tree-repair:retag-';

/**
 * The coder's second parse of a document's sentences (`SentenceViews`): a title-cased headline's verb read as a noun
 * (retag-headline-verb.ts), after a word of a known name read as a verb (retag-name.ts), else a verb the tagger read as a noun
 * (retag-verb.ts, with the trigger prepass's doubted words), else a noun it read as a preposition (retag-noun.ts), else
 * a first word read as the root noun before a verb the parse made a modifier (retag-first-word.ts), else a first
 * participle read as the root verb before its noun (retag-first-participle.ts), else a noun modifier read as a bare
 * verb (retag-compound-noun.ts), else a plural noun after a count read as a verb (retag-counted-noun.ts), else a plural subject noun read as a
 * verb before the sentence's past verb (retag-subject-noun.ts).
 * Only a sentence with a sign asks the tagger again; the others cost a walk over their tree.
 */
export function retagger(doc: AnalyzedText, doubts: ReadonlyMap<number, { readonly doubted: readonly number[] }>, names: readonly NameSpan[] = []): SecondParse {
  return (sentence: Sentence, tree: SentenceTree) => {
    const held = new HeldTags(doc, sentence);
    // (a title-cased headline first: its only sign, the other repairs' signs are a sentence's)
    // (a known name's word read as a verb first: "told Human Rights Watch that ...", retag-name.ts)
    return nameRetaggedTree(tree, doc.tokens, held, names) ?? headlineVerbRetaggedTree(tree, doc.tokens, held) ?? retaggedTree(tree, doc.tokens, held, new Set(doubts.get(sentence.index)?.doubted)) ?? nounRetaggedTree(tree, doc.tokens, held) ?? firstWordRetaggedTree(tree, doc.tokens, held)
      ?? firstParticipleRetaggedTree(tree, doc.tokens, held) ?? compoundRetaggedTree(tree, doc.tokens, held) ?? countedRetaggedTree(tree, doc.tokens, held)
      ?? subjectNounRetaggedTree(tree, doc.tokens, held);
  };
}
