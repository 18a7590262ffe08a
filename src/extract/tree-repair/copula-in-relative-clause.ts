import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

const NOMINALS = new Set(['NOUN', 'PROPN', 'PRON']);
const RELATIVE_SUBJECTS = new Set(['who', 'which', 'that']);
// a noun that heads a clause with no predicate of its own: the sentence's root, or what a verb of saying reports
const CLAUSE_SLOTS = new Set(['root', 'ccomp']);

/**
 * "Police said four gang members who organized the kidnapping were in custody", "Officials said the fighters who
 * stormed the base were among the dead": the parse took the subject noun for the clause and hung the copular
 * predicate ("were in custody") inside the relative clause, a noun or adjective with its `cop` and no subject. The
 * predicate heads the clause in the noun's place and the noun is its subject. (predicate-in-relative-clause.ts does
 * the same for a verb predicate of a sentence's root noun.)
 */
export function repairCopulaInRelativeClause(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const noun of tree.nodes()) {
    if (!NOMINALS.has(tree.upos(noun)) || !CLAUSE_SLOTS.has(tree.label(noun))) continue;
    if (tree.children(noun).some((c) => ['cop', 'nsubj', 'csubj', 'aux'].includes(tree.base(c)))) continue;
    const predicate = copularPredicate(tree, tokens, noun);
    if (predicate === null) continue;
    tree.attach(predicate, tree.head(noun), tree.label(noun));
    tree.attach(noun, predicate, 'nsubj');
    return 'tree-repair:copula-in-relative-clause';
  }
  return null;
}

/** Inside the noun's relative clause (opened by its subject "who"), a later noun or adjective with a copula and no subject. */
function copularPredicate(tree: EditableTree, tokens: readonly Token[], noun: number): number | null {
  for (const relative of tree.children(noun)) {
    if (tree.label(relative) !== 'acl:relcl') continue;
    if (!tree.children(relative).some((c) => tree.base(c) === 'nsubj' && c < relative && RELATIVE_SUBJECTS.has(tokens[c].lower))) continue;
    const found = tree.children(relative).find((p) => p > relative && ['NOUN', 'ADJ', 'PROPN'].includes(tree.upos(p))
      && tree.children(p).some((c) => tree.base(c) === 'cop') && !tree.children(p).some((c) => tree.base(c) === 'nsubj'));
    if (found !== undefined) return found;
  }
  return null;
}
