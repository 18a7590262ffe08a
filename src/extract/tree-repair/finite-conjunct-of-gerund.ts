import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

/**
 * "China accused Manila of provoking tensions and warned of countermeasures": a past-tense verb after "and" read as
 * a conjunct of the gerund inside an "of"/"for" complement. A finite verb cannot coordinate with a gerund; it is the
 * subject's second act, a conjunct of the finite verb that governs the gerund's phrase:
 *   "blamed Kyiv for shelling the plant and threatened to retaliate", "accused the government of rigging the vote
 *   and called for protests". So is a gerund that is a verb's own complement: "The army denied shelling the market
 *   and blamed the rebels", "admitted killing the journalist and apologised". Two gerunds ("of killing civilians and burning homes") and a perfect ("of having
 *   killed ... and burned") stay inside the complement.
 */
export function repairFiniteConjunctOfGerund(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const verb of tree.nodes()) {
    if (tree.base(verb) !== 'conj' || tree.upos(verb) !== 'VERB' || !isFiniteForm(tokens[verb])) continue;
    const gerund = tree.head(verb);
    if (gerund < 0 || gerund >= verb || tree.upos(gerund) !== 'VERB' || !tokens[gerund].lower.endsWith('ing')) continue;
    if (!(markedByOfOrFor(tree, tokens, gerund) || isVerbsComplement(tree, gerund)) || hasOwnSubject(tree, verb)) continue;
    const governor = finiteGovernor(tree, tokens, gerund);
    // (a present tense with a present: "Rwanda denies supporting the rebels and accuses Congo of ...")
    if (governor === null || isPastForm(tokens[verb]) !== isPastForm(tokens[governor])) continue;
    tree.attach(verb, governor, 'conj');
    return 'tree-repair:finite-conjunct-of-gerund';
  }
  return null;
}

// "warned", "said", "threw": a form of its own that is no -ing form (a past tense or participle)
const isPastForm = (t: Token) => t.lower !== t.lemma && !t.lower.endsWith('ing') && !t.lower.endsWith('s');

// "accused X of", "blamed X for", "charged X with breaking into … and imposed sanctions"
const GERUND_MARKERS = new Set(['of', 'for', 'with']);
function markedByOfOrFor(tree: EditableTree, tokens: readonly Token[], gerund: number): boolean {
  for (const c of tree.children(gerund)) if (c < gerund && GERUND_MARKERS.has(tokens[c].lower)) return true;
  return false;
}

// "denied shelling", "admitted killing": the gerund is the object of the verb above it
function isVerbsComplement(tree: EditableTree, gerund: number): boolean {
  const up = tree.head(gerund);
  return up >= 0 && up < gerund && tree.upos(up) === 'VERB' && ['xcomp', 'obj', 'ccomp'].includes(tree.base(gerund));
}

function hasOwnSubject(tree: EditableTree, verb: number): boolean {
  for (const c of tree.children(verb)) if (tree.base(c) === 'nsubj' || tree.base(c) === 'aux') return true;
  return false;
}

// "accuses", "denies": a third-person present, also finite
const isPresentForm = (t: Token) => t.lower !== t.lemma && t.lower.endsWith('s') && !t.lower.endsWith('ss');
const isFiniteForm = (t: Token) => isPastForm(t) || isPresentForm(t);

// the nearest verb above the gerund that is itself finite (a past or present form): the clause's own predicate
function finiteGovernor(tree: EditableTree, tokens: readonly Token[], gerund: number): number | null {
  for (let n = tree.head(gerund), steps = 0; n >= 0 && steps < 4; n = tree.head(n), steps++) {
    if (tree.upos(n) === 'VERB') return isFiniteForm(tokens[n]) ? n : null;
  }
  return null;
}
