import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

const NOUNS = new Set(['NOUN', 'PROPN']);

/**
 * "The cease-fire agreement between the government and the rebels reached in May collapsed": "between" needs two
 * sides, but the parse read "and the rebels" as a new clause, the second side the `nsubj` of a verb after it
 * ("the rebels ... collapsed"). The noun phrase right after the first side's "and" is that side's `conj`; the verb
 * it was the subject of keeps no subject, and the main-clause repair finds the sentence's predicate:
 *   "The deal between the union and the company signed in March expired", "Fighting between the army and the rebels
 *   killed 20 people", "Talks between Kyiv and Moscow have stalled".
 */
export function repairBetweenConjunct(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const first of tree.nodes()) {
    // only a word with a "between" before it; the rest in a function of its own: a callback in this loop would allocate a closure scope for every word
    if (hasBetween(tree, tokens, first) && repairedAt(tree, tokens, first)) repaired = true;
  }
  return repaired ? 'tree-repair:between-conjunct' : null;
}

// Some case marker before the word is "between" (a plain loop: asked of every word).
function hasBetween(tree: EditableTree, tokens: readonly Token[], first: number): boolean {
  for (const c of tree.children(first)) if (c < first && tokens[c].lower === 'between' && tree.base(c) === 'case') return true;
  return false;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], first: number): boolean {
  const marker = tree.children(first).find((c) => tree.base(c) === 'case' && c < first);
  // "Clashes between soldiers and local militiamen broke out": the first side read as a second subject of the verb;
  // a phrase with its own preposition is no subject, it is the act noun's right before it
  const act = marker === undefined || tree.base(first) !== 'nsubj' ? undefined : tree.children(tree.head(first)).find((c) => c < marker && tree.base(c) === 'nsubj' && Math.max(c, ...tree.descendants(c, () => true)) === marker - 1);
  if (act !== undefined) {
    tree.attach(first, act, 'nmod');
    return true;
  }
  if (marker === undefined || tokens[marker].lower !== 'between' || tree.children(first).some((c) => tree.label(c) === 'conj')) return false;
  const and = Math.max(first, ...tree.descendants(first, () => true)) + 1;
  if (tokens[and]?.lower !== 'and' || tree.upos(and) !== 'CCONJ') return false;
  // the second side's head: the last noun of the words after "and" ("the | rebels", "South | Sudan")
  let second = and + 1;
  while (['DET', 'ADJ', 'NUM'].includes(tree.upos(second))) second++;
  if (!NOUNS.has(tree.upos(second))) return false;
  while (NOUNS.has(tree.upos(second + 1)) && tree.head(second) === second + 1) second++;
  const verb = tree.head(second);
  if (tree.base(second) !== 'nsubj' || verb < second || tree.upos(verb) !== 'VERB' || dominates(tree, second, first)) return false;
  tree.attach(second, first, 'conj');
  tree.attach(and, second, 'cc');
  return true;
}

function dominates(tree: EditableTree, above: number, node: number): boolean {
  for (let n = tree.head(node), step = 0; n >= 0 && step < 500; n = tree.head(n), step++) if (n === above) return true;
  return false;
}
