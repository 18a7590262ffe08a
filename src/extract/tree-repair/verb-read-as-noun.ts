import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// what the word the parse made the root can be once the verb is found: "flew | home", "left | early", "went | abroad"
const RELATION_TO_VERB: Readonly<Record<string, string>> = { ADV: 'advmod', ADJ: 'xcomp' };

/**
 * "The Chadian president flew home on Sunday": the parser's tagger read the verb as a noun ("flew" NOUN), the subject
 * as its compound, and made the adverb after it the root with "flew" its subject. Where the word tagger (wink) reads
 * that subject word as a verb and a noun sits before it as its `compound`, the word is the predicate: the root, the
 * noun its subject (with the words before it), the old root its modifier and the old root's dependents its own:
 *   "The army chief flew home", "The rebel leader went abroad on Monday", "The Kenyan envoy left early".
 */
export function repairVerbReadAsNoun(tree: EditableTree, tokens: readonly Token[]): string | null {
  const root = tree.nodes().find((i) => tree.head(i) < 0);
  if (root === undefined || RELATION_TO_VERB[tree.upos(root)] === undefined) return null;
  if (tree.children(root).some((c) => ['cop', 'aux'].includes(tree.base(c)))) return null;
  const verb = tree.children(root).find((c) => c < root && tree.base(c) === 'nsubj' && tree.upos(c) === 'NOUN' && tokens[c].pos === 'VERB');
  if (verb === undefined) return null;
  const subject = tree.children(verb).filter((c) => c < verb && tree.label(c) === 'compound' && ['NOUN', 'PROPN'].includes(tree.upos(c))).at(-1);
  if (subject === undefined || subject !== verb - 1 && !tree.descendants(subject, () => true).includes(verb - 1)) return null;
  tree.attach(verb, -1, 'root');
  tree.attach(subject, verb, 'nsubj');
  for (const c of tree.children(verb)) if (c < subject) tree.attach(c, subject, tree.label(c));
  for (const c of tree.children(root)) if (c !== verb) tree.attach(c, verb, tree.label(c));
  tree.attach(root, verb, RELATION_TO_VERB[tree.upos(root)]);
  return 'tree-repair:verb-read-as-noun';
}
