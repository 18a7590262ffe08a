import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

const COPULA_CASE_DET = new Set(['cop', 'case', 'det']);
const NOMINAL = new Set(['NOUN', 'PROPN']);

/**
 * "attacked a village in Borno state on Friday": the common noun that closes a name ("Borno state", "Kano city",
 * "Idlib province") was read as the verb's object, with the phrase before it ("a village in Borno") its subject — a
 * noun takes no subject without a copula. The noun heads the prepositional phrase of the name right before it, and
 * the subject phrase is the object again:
 *   "Police raided a house in Kano city", "Rebels shelled a market in Aleppo province", "Troops entered a camp near Gao town".
 */
export function repairNameHeadNoun(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const noun of tree.nodes()) {
    if (tree.upos(noun) !== 'NOUN' || tree.head(noun) < 0) continue;
    // plain loops: this runs on every noun of every parsed sentence
    let subject: number | undefined;
    let marked = false;
    for (const c of tree.children(noun)) {
      if (COPULA_CASE_DET.has(tree.base(c))) { marked = true; break; }
      if (subject === undefined && tree.base(c) === 'nsubj' && c < noun && NOMINAL.has(tree.upos(c))) subject = c;
    }
    if (marked || subject === undefined) continue;
    // the rest in a function of its own: a callback here would allocate a closure scope for every word
    if (repairedAt(tree, noun, subject)) return 'tree-repair:name-head-noun';
  }
  return null;
}

function repairedAt(tree: EditableTree, noun: number, subject: number): boolean {
  // the name right before the noun, a marked modifier of the subject: "a village | in Borno | state"
  const name = tree.children(subject).find((c) => ['nmod', 'obl'].includes(tree.base(c)) && tree.upos(c) === 'PROPN' && lastOf(tree, c) === noun - 1);
  const marker = name === undefined ? undefined : tree.children(name).find((c) => tree.base(c) === 'case');
  if (name === undefined || marker === undefined) return false;
  tree.attach(subject, tree.head(noun), tree.label(noun));
  tree.attach(noun, subject, tree.label(name));
  tree.attach(name, noun, 'compound');
  tree.attach(marker, noun, 'case');
  for (const c of tree.children(name)) if (c < name && c !== marker && tree.base(c) === 'det') tree.attach(c, noun, 'det');
  return true;
}

function lastOf(tree: EditableTree, node: number): number {
  return Math.max(node, ...tree.descendants(node, () => true));
}
