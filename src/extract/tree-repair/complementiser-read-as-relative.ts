import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

/**
 * "renewed its demand that India extradite the former premier", "the proposal that both sides withdraw their troops":
 * a noun's "that"-clause read as a relative clause, "that" its object (or subject), though the clause's verb already has
 * an object (or a subject) of its own. A relative pronoun fills a gap the clause leaves, and this clause leaves none, so
 * "that" only opens it: a `mark`, and the clause is the noun's content (`acl`), what a demand or a proposal asks for.
 */
export function repairComplementiserReadAsRelative(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const that of tree.nodes()) {
    if (tokens[that].lower !== 'that') continue;
    const role = tree.base(that);
    if (role !== 'obj' && role !== 'nsubj') continue;
    const verb = tree.head(that);
    if (verb <= that || tree.label(verb) !== 'acl:relcl' || tree.upos(tree.head(verb)) !== 'NOUN') continue;
    // the gap "that" would fill is taken: another word of the clause holds the same role
    if (!tree.children(verb).some((c) => c !== that && c > that && tree.base(c) === role)) continue;
    tree.attach(that, verb, 'mark');
    tree.attach(verb, tree.head(verb), 'acl');
    repaired = true;
  }
  return repaired ? 'tree-repair:complementiser-read-as-relative' : null;
}
