import type { SentenceTree } from '../../nlp/syntax/index.ts';
import type { Token } from '../../nlp/types.ts';

/**
 * "Armed men looted shops in Kaya": held to VERB, a past form right after the root noun may still hang on it as its
 * `acl`, with an object of its own ("men looted | shops"). No participle describing a noun takes an object there; the
 * sentence's main clause is that verb with the noun its subject, as misread-main-clause.ts then reads it.
 */
export function predicateReadAsModifier(tree: SentenceTree, i: number, word: Token): boolean {
  const k = i - tree.offset, noun = tree.heads[k];
  // ("Israeli strike on Gaza school | kills 12": a present -s form describes no noun, however far its root noun stands)
  const apart = noun < i && PRESENT_S_FORM.test(word.lower) && word.lemma !== word.lower && rootPhraseUpTo(tree, noun, i);
  if (tree.labels[k] !== 'acl' || noun !== i - 1 && !apart || tree.heads[noun - tree.offset] >= 0) return false;
  return tree.labels.some((l, c) => tree.heads[c] === i && l === 'obj' && c > k);
}
const PRESENT_S_FORM = /[^s]s$/;

/** Every word from the root noun up to i hangs (at some depth) on it: one noun phrase with its modifiers. */
function rootPhraseUpTo(tree: SentenceTree, noun: number, i: number): boolean {
  for (let w = noun + 1; w < i; w++) {
    let h = tree.heads[w - tree.offset];
    while (h >= 0 && h !== noun) h = tree.heads[h - tree.offset];
    if (h !== noun) return false;
  }
  return true;
}
