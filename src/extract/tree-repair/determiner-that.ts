import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

export const POINTING = new Set(['that', 'this']);

/**
 * "The union rejected that offer on Wednesday, saying it did nothing", "Ministers rejected that plan last week, arguing
 * it was too costly": "that" + a noun right after a transitive verb read as a clause's complementiser and subject, the
 * clause's verb an "-ing" participle after a comma. A participle makes no finite clause, so "that" points at the noun
 * (its `det`), the noun is the verb's object, and the participle an `advcl` of the verb.
 */
export function repairDeterminerThat(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const that of tree.nodes()) {
    if (!POINTING.has(tokens[that].lower) || tree.label(that) !== 'mark') continue;
    const noun = that + 1;
    const participle = tree.head(that);
    const verb = that - 1;
    if (tree.head(noun) !== participle || tree.base(noun) !== 'nsubj' || tree.upos(noun) !== 'NOUN') continue;
    if (tree.upos(verb) !== 'VERB' || tree.head(participle) !== verb || !tokens[participle].lower.endsWith('ing')) continue;
    // the participle after a comma, with no auxiliary of its own ("that plan was failing" is a clause)
    if (tokens[participle - 1]?.text !== ',' || tree.children(participle).some((c) => tree.base(c) === 'aux' || tree.base(c) === 'cop')) continue;
    tree.attach(that, noun, 'det');
    tree.attach(noun, verb, 'obj');
    tree.attach(participle, verb, 'advcl');
    // what hung on the noun before the comma stays with it; what the parse hung on the participle before the comma
    // ("last week", "on Wednesday") belongs to the verb
    for (const c of tree.children(participle)) if (c < participle && c > noun && tree.label(c) !== 'punct') tree.attach(c, verb, tree.label(c));
    return 'tree-repair:determiner-that';
  }
  return null;
}
