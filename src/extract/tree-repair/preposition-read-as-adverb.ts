import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// Prepositions that, before a noun phrase, are never a verb's particle: "killed in a raid", "wounded during clashes".
export const ADVERB_PREPOSITIONS = new Set(['in', 'during', 'amid', 'at', 'into', 'against', 'near', 'from', 'with', 'after', 'before']);
// what a nominal the preposition marks hangs by
const NOMINAL = new Set(['obl', 'obl:unmarked', 'obl:tmod', 'obl:npmod', 'obj', 'nmod']);

/**
 * "nine people were killed | in | a failed U.S.-led operation": a preposition the parser hung on the verb as an adverb
 * (`advmod`), right before a nominal the verb also took, is that nominal's preposition (`case`), so readers asking
 * "in what?" find the act ("killed in an operation", "died during a raid", "wounded in clashes").
 */
export function repairPrepositionReadAsAdverb(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const word of tree.nodes()) {
    if (!ADVERB_PREPOSITIONS.has(tokens[word].lower) || tree.label(word) !== 'advmod' || tree.upos(word) !== 'ADP' || tree.children(word).length > 0) continue;
    const verb = tree.head(word);
    if (verb < 0 || tree.upos(verb) !== 'VERB') continue;
    const noun = tree.children(verb).find((k) => k > word && NOMINAL.has(tree.label(k)) && ['NOUN', 'PROPN', 'NUM'].includes(tree.upos(k)) && first(tree, k) === word + 1);
    if (noun === undefined || tree.children(noun).some((k) => tree.label(k) === 'case')) continue;
    tree.attach(word, noun, 'case');
    if (tree.label(noun) !== 'obl' && tree.label(noun) !== 'nmod') tree.attach(noun, verb, 'obl');
    repaired = true;
  }
  return repaired ? 'tree-repair:preposition-read-as-adverb' : null;
}

function first(tree: EditableTree, node: number): number {
  return Math.min(node, ...tree.descendants(node, () => true));
}
