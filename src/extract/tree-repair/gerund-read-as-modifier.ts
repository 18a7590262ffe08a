import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

export const GERUND_READ_AS_MODIFIER = 'tree-repair:gerund-read-as-modifier';

// prepositions that take a gerund clause: "responded | by | firing rockets", "fled | after | burning houses"
export const GERUND_MARKS: ReadonlySet<string> = new Set(['by', 'after', 'before', 'without', 'while', 'since', 'upon']);

/**
 * "Hezbollah responded by firing rockets at Israel", "Militants retaliated by burning houses", "The army hit back
 * after shelling villages": the parser read the -ing verb as a modifier of the bare noun after it, and the noun as the
 * preposition's object ("by ... rockets" the passive's agent), so the act lost its doer and the noun its verb. A word
 * tagged VERB in -ing, modifying the noun right after it, where that noun is marked by a preposition of a gerund
 * clause right before the word, heads the clause: the preposition its marker, the noun its object, the clause a
 * modifier of what the noun hung on. A noun that is a clause's subject ("after cleaning crews arrived") is left.
 */
export function repairGerundReadAsModifier(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const word of tree.nodes()) {
    if (tree.upos(word) !== 'VERB' || !/[a-z]ing$/.test(tokens[word].lower)) continue;
    if (tree.base(word) !== 'amod' && tree.base(word) !== 'compound') continue;
    const noun = tree.head(word), mark = word - 1;
    if (noun !== word + 1 || !['NOUN', 'PROPN'].includes(tree.upos(noun)) || !['obl', 'nmod'].includes(tree.base(noun))) continue;
    if (!GERUND_MARKS.has(tokens[mark]?.lower ?? '') || tree.head(mark) !== noun || tree.base(mark) !== 'case') continue;
    const clauseHead = tree.head(noun);
    if (clauseHead < 0) continue;
    tree.attach(word, clauseHead, 'advcl');
    tree.attach(mark, word, 'mark');
    tree.attach(noun, word, 'obj');
    return GERUND_READ_AS_MODIFIER;
  }
  return null;
}
