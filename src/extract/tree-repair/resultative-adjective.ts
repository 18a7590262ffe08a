import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

export const RESULTATIVE_RULE = 'tree-repair:resultative-adjective';
const COUNT_OR_DETERMINER = new Set(['det', 'nummod']);

/**
 * An adjective stands after a noun's determiner or number, never before it: where the parse hangs an adjective right
 * after a verb on that verb's object, with the object's determiner or number after the adjective, the adjective is
 * the verb's result ("shot | dead | two men"), not a word of the object:
 *   "police shot dead two men", "troops set free 20 prisoners", "gunmen left dead three villagers".
 */
export function repairResultativeAdjective(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const adj of tree.nodes()) {
    if (tree.label(adj) !== 'amod' || tree.upos(adj) !== 'ADJ') continue;
    const noun = tree.head(adj);
    const verb = adj - 1;
    if (noun <= adj || tree.head(noun) !== verb || tree.label(noun) !== 'obj' || tree.upos(verb) !== 'VERB') continue;
    if (!countBetween(tree, adj, noun)) continue;
    tree.attach(adj, verb, 'xcomp');
    repaired = true;
  }
  return repaired ? RESULTATIVE_RULE : null;
}

// a plain loop, no callback: one in the word loop above made V8 allocate its scope for every word
function countBetween(tree: EditableTree, adj: number, noun: number): boolean {
  const kids = tree.children(noun);
  for (let k = 0; k < kids.length; k++) if (kids[k] > adj && kids[k] < noun && COUNT_OR_DETERMINER.has(tree.label(kids[k]))) return true;
  return false;
}
