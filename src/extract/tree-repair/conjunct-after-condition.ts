import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// subordinators of a condition or a time still to come: a verb after ", and" is no part of such a clause's outcome
const CONDITION_MARKERS = new Set(['if', 'unless']);

/**
 * "ECOWAS threatened military intervention if the president was not reinstated, and imposed sanctions on the junta":
 * a past-form verb after ", and", with no subject of its own, read as a conjunct of the condition's verb. The condition
 * closes at the comma; a finite verb after it is the main subject's second act (the condition's subject imposed
 * nothing), a conjunct of the verb the condition hangs on. Conjuncts inside the condition ("if the army attacks and
 * kills") have no comma before their "and" or are no past forms of another subject's clause.
 */
export function repairConjunctAfterCondition(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const verb of tree.nodes()) {
    if (tree.base(verb) !== 'conj' || tree.upos(verb) !== 'VERB' || !isPastForm(tokens[verb])) continue;
    const condition = tree.head(verb);
    if (condition < 0 || condition >= verb || !markedCondition(tree, tokens, condition) || !afterCommaAnd(tree, tokens, verb)) continue;
    if (tree.children(verb).some((c) => tree.base(c) === 'nsubj' || tree.base(c) === 'aux')) continue;
    const main = verbAbove(tree, condition);
    if (main < 0 || main > condition) continue;
    tree.attach(verb, main, 'conj');
    return 'tree-repair:conjunct-after-condition';
  }
  return null;
}

const isPastForm = (t: Token) => t.lower !== t.lemma && t.lower.endsWith('ed');

const markedCondition = (tree: EditableTree, tokens: readonly Token[], verb: number) =>
  tree.children(verb).some((c) => c < verb && tree.base(c) === 'mark' && CONDITION_MARKERS.has(tokens[c].lower));

// the verb's own "and", with a comma just before it
function afterCommaAnd(tree: EditableTree, tokens: readonly Token[], verb: number): boolean {
  const cc = tree.children(verb).find((c) => c < verb && tree.base(c) === 'cc');
  return cc !== undefined && cc === verb - 1 && tokens[cc].lower === 'and' && tokens[cc - 1]?.text === ',';
}

// the nearest verb the condition's clause hangs under (through a noun it was read to modify: "intervention if ...")
function verbAbove(tree: EditableTree, node: number): number {
  for (let h = tree.head(node), steps = 0; h >= 0 && steps < 4; h = tree.head(h), steps++) if (tree.upos(h) === 'VERB') return h;
  return -1;
}
