import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

export const NEARNESS_RULE = 'tree-repair:nearness-adjective';
// "close to", "next to": an adjective of nearness before "to" says where the noun before it is
export const NEAR = new Set(['close', 'next']);

/**
 * "shelled villages close to Kharkiv", "arrested protesters next to the parliament": the parse reads the verb's object
 * as the subject of a small clause headed by the adjective of nearness. The noun is the verb's object, the adjective
 * its modifier with the place under it, and a time or place after the place is the verb's again.
 */
export function repairNearnessAdjective(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const adj of tree.nodes()) {
    if (!NEAR.has(tokens[adj].lower) || tree.upos(adj) !== 'ADJ' || tokens[adj + 1]?.lower !== 'to') continue;
    const verb = tree.head(adj);
    if (verb < 0 || tree.upos(verb) !== 'VERB' || tree.base(adj) !== 'xcomp') continue;
    const noun = tree.children(adj).find((k) => tree.base(k) === 'nsubj' && k < adj && k > verb);
    const place = tree.children(adj).find((k) => k > adj && tree.base(k) === 'obl' && tree.children(k).some((c) => tree.label(c) === 'case' && c === adj + 1));
    if (noun === undefined || place === undefined || tree.children(verb).some((k) => tree.label(k) === 'obj')) continue;
    tree.attach(noun, verb, 'obj');
    tree.attach(adj, noun, 'amod');
    for (const k of tree.children(adj)) if (k > place && tree.base(k) === 'obl') tree.attach(k, verb, tree.label(k));
    repaired = true;
  }
  return repaired ? NEARNESS_RULE : null;
}
