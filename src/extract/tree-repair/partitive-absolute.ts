import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// words that take a part of a group told before: "some of them", "many of them", "two of them"
export const ABSOLUTE_PARTS = new Set(['some', 'many', 'most', 'several', 'few', 'all', 'both', 'none', 'one', 'two', 'three', 'four', 'five', 'dozens', 'hundreds', 'thousands', 'scores', 'half', 'others']);

/**
 * "Thousands rallied outside the court, some of them clashing with police", "Hundreds marched on Saturday, some of
 * them throwing stones at police": after a comma, a part of the group ("some of them") and an -ing verb make an
 * absolute clause saying what that part did. Parses read the -ing word as a describer of the noun after it ("throwing
 * stones", amod) or hang the clause on a time word; the -ing verb is an `advcl` of the main predicate, the part its
 * `nsubj`, and a noun it described its object (with that noun's prepositional phrases: "at police").
 */
export function repairPartitiveAbsolute(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const part of tree.nodes()) {
    if (!ABSOLUTE_PARTS.has(tokens[part].lower) || tokens[part - 1]?.text !== ',' || tokens[part + 1]?.lower !== 'of' || tokens[part + 2]?.lower !== 'them') continue;
    if (repairedAt(tree, tokens, part)) repaired = true;
  }
  return repaired ? 'tree-repair:partitive-absolute' : null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], part: number): boolean {
  const verb = part + 3;
  const t = tokens[verb];
  if (t === undefined || t.sentence !== tokens[part].sentence || !t.lower.endsWith('ing') || tree.upos(verb) !== 'VERB' || tree.moved.has(verb)) return false;
  const root = tree.nodes().find((n) => tree.head(n) < 0);
  if (root === undefined || root > part || root === verb || tree.upos(root) !== 'VERB') return false;
  const described = tree.head(verb);
  const wasDescriber = tree.label(verb) === 'amod' && described > verb && tree.upos(described) === 'NOUN';
  if (tree.head(verb) === root && tree.label(verb) === 'advcl' && tree.head(part) === verb && tree.label(part) === 'nsubj') return false;
  tree.attach(verb, root, 'advcl');
  tree.attach(part, verb, 'nsubj');
  if (wasDescriber) {
    tree.attach(described, verb, 'obj');
    for (const c of tree.children(described)) if (c > described && tree.base(c) === 'nmod') tree.attach(c, verb, 'obl');
  }
  return true;
}
