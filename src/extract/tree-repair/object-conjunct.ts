import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

/**
 * "Militants attacked the police station and the court house": a noun phrase after the verb's object, opened by
 * "and"/"or" and with no subject, object or preposition of its own, that the parse made a `conj` of the verb is
 * the object's conjunct (a verb cannot be coordinated with a noun):
 *   "Troops seized the airport and the radio station", "Police closed two schools and a market".
 */
export function repairObjectConjunct(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const verb of tree.nodes()) {
    if (tree.upos(verb) !== 'VERB') continue;
    // a plain loop: this runs on every verb of every parsed sentence
    let object: number | undefined;
    for (const c of tree.children(verb)) if (tree.label(c) === 'obj' && c > verb) { object = c; break; }
    if (object === undefined) continue;
    // in a function of its own: a callback here would allocate a closure scope for every word
    const noun = nounConjunctAfter(tree, tokens, verb, object);
    if (noun === undefined) continue;
    tree.attach(noun, object, 'conj');
    return 'tree-repair:object-conjunct';
  }
  return null;
}

function nounConjunctAfter(tree: EditableTree, tokens: readonly Token[], verb: number, object: number): number | undefined {
  return tree.children(verb).find((c) => c > object && tree.label(c) === 'conj' && ['NOUN', 'PROPN'].includes(tree.upos(c))
    && tree.children(c).some((k) => tree.label(k) === 'cc' && k < c && ['and', 'or'].includes(tokens[k].lower))
    && !tree.children(c).some((k) => ['nsubj', 'obj', 'case', 'mark', 'aux', 'cop'].includes(tree.base(k))));
}
