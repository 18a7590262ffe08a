import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

/**
 * "activists helping to spearhead protests": the parse read "to" as a preposition and the verb as a noun compound
 * of its object ("to [spearhead protests]", an oblique of "helping"), so no reader sees the infinitive, its object or
 * the clause it describes. Where "to" is the `case` of a noun and the word right after "to" is a `compound` of that
 * noun that the word tagger reads as a verb, that word is the infinitive: a clause of the word the phrase hung on
 * (`xcomp` of a verb or adjective, `acl` of a noun), "to" its `mark`, the noun its `obj`:
 *   "helping to spearhead protests", "seeking to lead rallies", "efforts to organize strikes", "pledged to end attacks".
 */
export function repairInfinitiveReadAsNoun(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const to of tree.nodes()) {
    if (tokens[to].lower !== 'to' || tree.label(to) !== 'case') continue;
    // the rest in a function of its own: a callback here would allocate a closure scope for every word
    if (repairedAt(tree, tokens, to)) return 'tree-repair:infinitive-read-as-noun';
  }
  return null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], to: number): boolean {
  const verb = to + 1;
  // "to" the case of the noun, or of the verb read as its compound ("pledged [to end] attacks")
  const noun = tree.head(to) === verb ? tree.head(verb) : tree.head(to);
  if (noun <= verb || tree.head(verb) !== noun || tree.label(verb) !== 'compound' || tokens[verb]?.pos !== 'VERB') return false;
  // only the noun's own words between the verb and the noun: "to spearhead protests", "to lead street protests"
  if (tokens.slice(verb + 1, noun).some((_, k) => tree.head(verb + 1 + k) !== noun)) return false;
  const governor = tree.head(noun);
  // ... or its object, which takes no "to" of its own: "pledged to [end attacks] on aid convoys"
  if (governor < 0 || !['obl', 'nmod', 'obj'].includes(tree.base(noun))) return false;
  tree.attach(verb, governor, tree.upos(governor) === 'NOUN' || tree.upos(governor) === 'PROPN' ? 'acl' : 'xcomp');
  tree.attach(to, verb, 'mark');
  tree.attach(noun, verb, 'obj');
  return true;
}
