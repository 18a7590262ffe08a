import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * "they saw a drone opening fire": the parse gave "saw" two objects, "a drone" and "fire", and hung "opening" on
 * the second as its modifier ("the opening fire"). A verb has one direct object; an -ing verb right before the
 * second, itself bare (no determiner of its own), is the first object's participle and the second noun its object:
 *   "witnesses saw a drone opening fire", "residents heard gunmen firing shots", "we watched soldiers burning houses".
 */
export function repairParticipleBetweenObjects(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const verb of tree.nodes()) {
    // counted first without a new array: most words have no two objects
    let count = 0;
    for (const c of tree.children(verb)) if (tree.label(c) === 'obj' && NOMINAL.has(tree.upos(c))) count++;
    if (count !== 2) continue;
    // the rest in a function of its own: a callback here would allocate a closure scope for every word
    if (repairedAt(tree, tokens, verb)) return 'tree-repair:participle-between-objects';
  }
  return null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], verb: number): boolean {
  const objects = tree.children(verb).filter((c) => tree.label(c) === 'obj' && NOMINAL.has(tree.upos(c)));
  if (objects.length !== 2 || tree.children(verb).some((c) => tree.label(c) === 'iobj')) return false;
  const [first, second] = objects;
  const participle = second - 1;
  if (participle <= first || tree.head(participle) !== second || tree.label(participle) !== 'amod') return false;
  if (tree.upos(participle) !== 'VERB' || !/ing$/.test(tokens[participle].lower)) return false;
  if (tree.children(second).some((c) => c < second && tree.base(c) === 'det')) return false;
  tree.attach(participle, first, 'acl');
  tree.attach(second, participle, 'obj');
  return true;
}
