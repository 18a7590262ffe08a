import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

/**
 * "Britain on Tuesday imposed sanctions", "The two leaders in a joint statement condemned the attack": a phrase with
 * its preposition between the subject and the verb, read as a second subject of the verb. A subject takes no
 * preposition; a phrase with one, beside the verb's other subject, is its oblique (when, where, how):
 *   "The United States on Tuesday charged …", "Rebels on Sunday seized …", "Police in a statement said …".
 */
export function repairMarkedSecondSubject(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  // the rest in a function of its own: its callbacks would make V8 allocate this loop's scope for every node
  for (const phrase of tree.nodes()) if (tree.base(phrase) === 'nsubj' && repairedAt(tree, tokens, phrase)) repaired = true;
  return repaired ? 'tree-repair:marked-second-subject' : null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], phrase: number): boolean {
  const verb = tree.head(phrase);
  if (verb < 0 || !hasOtherSubject(tree, verb, phrase)) return false;
  // its preposition hangs on it or, misread too, on the verb ("on" a `case` of "imposed")
  const words = tree.descendants(phrase, () => true);
  // it stands right before the verb ("Britain on Tuesday | imposed"), one phrase with no conjunct ("on the port,
  // ports continue" is a subject misread, not a time or setting)
  if (Math.max(phrase, ...words) + 1 !== verb || tree.children(phrase).some((c) => tree.label(c) === 'conj')) return false;
  const start = Math.min(phrase, ...words);
  const marker = tree.children(phrase).find((c) => tree.label(c) === 'case' && c < phrase) ?? start - 1;
  if (tree.upos(marker) !== 'ADP' || tokens[marker].lower === 'of' || tree.label(marker) !== 'case' || ![phrase, verb].includes(tree.head(marker))) return false;
  if (tree.head(marker) !== phrase) tree.attach(marker, phrase, 'case');
  tree.attach(phrase, verb, 'obl');
  return true;
}

// a loop, not `some` with a closure: asked of every subject, and most verbs have one
function hasOtherSubject(tree: EditableTree, verb: number, phrase: number): boolean {
  for (const c of tree.children(verb)) if (c !== phrase && tree.base(c) === 'nsubj') return true;
  return false;
}
