import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import { takesBareClause } from './clause-verbs.ts';

const MARKERS = new Set(['that', 'whether', 'if']);

/**
 * "Those who argue that Ukraine should negotiate with Russia are wrong, the minister said": the parse gave the
 * "that" clause's verb two subjects ("Those" and "Ukraine") and made it the sentence's head, with the real predicate
 * ("are wrong") and the speech verb below it. A subject before the "that" marker cannot be the "that" clause's: the
 * clause is the complement of the verb of saying or thinking in that subject's relative clause ("who argue [that
 * ...]"); the subject belongs to the first copular or auxiliary predicate after the clause that has no subject; and
 * the clause's old place (the root) goes to the word above that predicate ("said"), which also takes what follows:
 *   "Those who claim that the army attacked civilians are lying, the spokesman said", "People who believe that Iran
 *   will negotiate are naive", "Anyone who thinks that Hamas will disarm is mistaken, the minister told reporters".
 */
export function repairRelativeVerbClause(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const clause of tree.nodes()) {
    // a marker and two subjects are three children; the rest in a function of its own (a callback in this loop
    // would allocate a closure scope for every word)
    if (tree.children(clause).length >= 3 && repairedAt(tree, tokens, clause)) return 'tree-repair:relative-verb-clause';
  }
  return null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], clause: number): boolean {
  const kids = tree.children(clause);
  const marker = kids.find((c) => tree.base(c) === 'mark' && c < clause && MARKERS.has(tokens[c].lower));
  if (marker === undefined) return false;
  const subjects = kids.filter((c) => tree.base(c) === 'nsubj' && c < clause);
  const early = subjects.find((s) => s < marker);
  if (early === undefined || !subjects.some((s) => s > marker)) return false;
  // the early subject's relative clause, whose verb takes a clause and has none ("who argue")
  const thinker = tree.children(early).find((c) => tree.label(c) === 'acl:relcl' && c < marker && tree.upos(c) === 'VERB'
    && takesBareClause(tokens[c]) && !tree.children(c).some((k) => ['ccomp', 'obj', 'xcomp'].includes(tree.base(k))));
  if (thinker === undefined) return false;
  // the predicate: after the clause, a word with a copula or auxiliary of its own and no subject ("are wrong")
  const predicate = tree.nodes().find((k) => k > clause && !tree.children(k).some((c) => tree.base(c) === 'nsubj' || tree.base(c) === 'csubj')
    && tree.children(k).some((c) => c < k && c > clause && (tree.base(c) === 'cop' || tree.base(c) === 'aux')));
  if (predicate === undefined) return false;
  // the word of the predicate's chain that hangs on the clause ("said", or the predicate) takes the clause's place
  let top = predicate;
  while (tree.head(top) >= 0 && tree.head(top) !== clause) top = tree.head(top);
  if (tree.head(top) === clause) {
    const [head, label] = [tree.head(clause), tree.label(clause)];
    tree.attach(top, head, head < 0 ? 'root' : label);
    // what the clause held after the predicate, and the opening quote, go with it
    for (const c of tree.children(clause)) if (c !== top && (c > predicate || c < early && tree.upos(c) === 'PUNCT')) tree.attach(c, top, tree.label(c));
  }
  tree.attach(clause, thinker, 'ccomp');
  tree.attach(early, predicate, 'nsubj');
  return true;
}
