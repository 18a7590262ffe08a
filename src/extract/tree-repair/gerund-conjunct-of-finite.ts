import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

const MARKERS = new Set(['of', 'for']);

/**
 * "The army accused the rebels of ambushing a convoy and kidnapping two engineers": an -ing verb after "and" read as a
 * conjunct of the finite verb whose "of"/"for" complement is an -ing clause right before it. A bare gerund cannot
 * coordinate with a finite verb; it is the complement's second act, a conjunct of the gerund before it:
 *   "blamed the militia for looting shops and burning homes", "accused police of beating students and arresting
 *   their leaders". The mirror of finite-conjunct-of-gerund.ts. Not an -ing form with an auxiliary or subject of its
 *   own ("accused Kyiv of shelling the plant and was preparing a response"), nor one after a comma set off as the
 *   finite verb's own participle ("accused X of lying, adding ...": no "and").
 */
export function repairGerundConjunctOfFinite(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const verb of tree.nodes()) {
    if (tree.base(verb) !== 'conj' || tree.upos(verb) !== 'VERB' || !tokens[verb].lower.endsWith('ing')) continue;
    const finite = tree.head(verb);
    if (finite < 0 || finite >= verb || tree.upos(finite) !== 'VERB' || tokens[finite].lower.endsWith('ing')) continue;
    if (tree.children(verb).some((c) => ['nsubj', 'aux', 'mark'].includes(tree.base(c)))) continue;
    const gerund = markedGerundBefore(tree, tokens, finite, verb);
    if (gerund === null) continue;
    tree.attach(verb, gerund, 'conj');
    return 'tree-repair:gerund-conjunct-of-finite';
  }
  return null;
}

/** The -ing clause marked "of"/"for" on the finite verb or on its object, right before the conjunct's "and". */
function markedGerundBefore(tree: EditableTree, tokens: readonly Token[], finite: number, verb: number): number | null {
  for (let k = verb - 2; k > finite; k--) {
    if (tree.upos(k) !== 'VERB' || !tokens[k].lower.endsWith('ing')) continue;
    const marker = tree.children(k).find((c) => tree.base(c) === 'mark' || tree.base(c) === 'case');
    if (marker === undefined || !MARKERS.has(tokens[marker].lower)) return null;
    const on = tree.head(k);
    if (on !== finite && !(on >= 0 && tree.head(on) === finite && tree.base(on) === 'obj')) return null;
    // only the gerund's own words between it and "and"
    for (let w = k + 1; w < verb - 1; w++) if (!descends(tree, w, k)) return null;
    return tokens[verb - 1]?.lower === 'and' || tokens[verb - 1]?.lower === 'or' ? k : null;
  }
  return null;
}

function descends(tree: EditableTree, node: number, from: number): boolean {
  for (let h = tree.head(node), steps = 0; h >= 0 && steps < 12; h = tree.head(h), steps++) if (h === from) return true;
  return false;
}
