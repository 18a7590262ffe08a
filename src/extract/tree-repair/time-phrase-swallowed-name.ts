import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

const NOMINAL = new Set(['NOUN', 'PROPN']);

/**
 * "took control of Maaret al-Numan earlier this month": the time phrase after a name read as the head of the
 * prepositional phrase, the name its `nsubj` and the preposition its `case`. A noun has a subject only with a
 * copula; a noun without one whose subject follows its own preposition gives the preposition and its place back to
 * the subject, and is itself an unmarked oblique of the verb above:
 *   "seized the town of Kidal last week", "the siege of Misrata this year", "a convoy from Homs that morning".
 */
export function repairTimePhraseSwallowedName(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const noun of tree.nodes()) {
    if (!NOMINAL.has(tree.upos(noun)) || tree.base(noun) === 'root') continue;
    // a plain loop: this runs on every noun of every parsed sentence
    let subject: number | undefined;
    for (const k of tree.children(noun)) if (tree.base(k) === 'nsubj' && k < noun && NOMINAL.has(tree.upos(k))) { subject = k; break; }
    if (subject === undefined) continue;
    // the rest in a function of its own: a callback here would allocate a closure scope for every word
    if (repairedAt(tree, tokens, noun, subject)) return 'tree-repair:time-phrase-swallowed-name';
  }
  return null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], noun: number, subject: number): boolean {
  if (tree.children(noun).some((k) => tree.base(k) === 'cop')) return false;
  const marker = tree.children(noun).find((k) => tree.label(k) === 'case' && k < subject);
  if (marker === undefined || tokens[marker].pos === 'VERB') return false;
  let verb = tree.head(noun);
  while (verb >= 0 && tree.upos(verb) !== 'VERB') verb = tree.head(verb);
  if (verb < 0) return false;
  tree.attach(subject, tree.head(noun), tree.label(noun));
  tree.attach(marker, subject, 'case');
  tree.attach(noun, verb, 'obl:unmarked');
  return true;
}
