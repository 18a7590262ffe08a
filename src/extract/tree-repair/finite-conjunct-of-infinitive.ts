import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// auxiliaries that make a verb finite: a verb with one of these cannot be a "to"-infinitive's conjunct
const TENSED_AUX = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'did', 'does', 'do', 'can', 'could', 'should', 'may', 'might', 'must', "'s", "'ve", "'d", "'ll"]);

/**
 * "Kim has vowed to expand his arsenal and has rejected offers of dialogue": a verb after "and" with a tensed
 * auxiliary of its own (or in a past form) read as a conjunct of the "to"-infinitive before it. An infinitive
 * coordinates only with infinitives ("to expand and (to) modernise"); a finite verb is the subject's second act, a
 * conjunct of the verb that governs the infinitive:
 *   "has pledged to rebuild the army and has sacked two generals", "threatened to strike Israel and warned
 *   Washington". Passive and perfect infinitives ("to be detained and beaten", "to have killed and wounded") keep
 *   their conjuncts: the infinitive's own head word is then no base form.
 */
export function repairFiniteConjunctOfInfinitive(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const verb of tree.nodes()) {
    if (tree.base(verb) !== 'conj' || tree.upos(verb) !== 'VERB') continue;
    const infinitive = tree.head(verb);
    if (infinitive < 0 || infinitive >= verb || tree.upos(infinitive) !== 'VERB' || tokens[infinitive].lower !== tokens[infinitive].lemma) continue;
    if (!markedByTo(tree, tokens, infinitive) || markedByTo(tree, tokens, verb) || hasChild(tree, verb, 'nsubj')) continue;
    if (!tensedAux(tree, tokens, verb) && !isPastForm(tokens[verb])) continue;
    const governor = finiteAbove(tree, tokens, governingVerb(tree, infinitive));
    if (governor < 0) continue;
    tree.attach(verb, governor, 'conj');
    return 'tree-repair:finite-conjunct-of-infinitive';
  }
  return null;
}

/**
 * The verb the infinitive belongs to: its head, or the verb whose addressee it was read as describing ("urged both sides
 * to show restraint and offered to mediate", "called on the rebels to lay down their arms and pledged an amnesty": the
 * infinitive hung as `acl` on the object or the "on" noun); -1 for none.
 */
function governingVerb(tree: EditableTree, infinitive: number): number {
  const head = tree.head(infinitive);
  if (head < 0 || tree.upos(head) === 'VERB') return head;
  if (tree.base(infinitive) !== 'acl' || !['obj', 'obl', 'iobj'].includes(tree.base(head))) return -1;
  const verb = tree.head(head);
  return verb >= 0 && tree.upos(verb) === 'VERB' ? verb : -1;
}

/**
 * The finite verb a non-finite governor hangs under: "accused the government of using the ban to silence critics and
 * demanded ...", "vowed to keep fighting to defend the city and rejected ...": the infinitive's governor is itself a
 * gerund or an infinitive, and a finite conjunct cannot join either; it joins the first finite verb above (up to a few
 * steps), else the governor as found.
 */
function finiteAbove(tree: EditableTree, tokens: readonly Token[], governor: number): number {
  let n = governor;
  for (let steps = 0; n >= 0 && steps < 4 && tree.upos(n) === 'VERB' && isNonFinite(tree, tokens, n); steps++) {
    let up = tree.head(n);
    while (up >= 0 && tree.upos(up) !== 'VERB' && steps++ < 4) up = tree.head(up);
    if (up < 0 || tree.upos(up) !== 'VERB') return governor;
    n = up;
  }
  return n >= 0 && tree.upos(n) === 'VERB' && !isNonFinite(tree, tokens, n) ? n : governor;
}

// a gerund ("of using") or a "to"-infinitive ("to keep"): no form a finite verb coordinates with
const isNonFinite = (tree: EditableTree, tokens: readonly Token[], verb: number) =>
  tokens[verb].lower.endsWith('ing') && !tensedAux(tree, tokens, verb) || tokens[verb].lower === tokens[verb].lemma && markedByTo(tree, tokens, verb);

const isPastForm = (t: Token) => t.lower !== t.lemma && !t.lower.endsWith('ing') && !t.lower.endsWith('s');

function markedByTo(tree: EditableTree, tokens: readonly Token[], verb: number): boolean {
  for (const c of tree.children(verb)) if (c < verb && tree.base(c) === 'mark' && tokens[c].lower === 'to') return true;
  return false;
}

function tensedAux(tree: EditableTree, tokens: readonly Token[], verb: number): boolean {
  for (const c of tree.children(verb)) if (tree.base(c) === 'aux' && TENSED_AUX.has(tokens[c].lower)) return true;
  return false;
}

function hasChild(tree: EditableTree, verb: number, base: string): boolean {
  for (const c of tree.children(verb)) if (tree.base(c) === base) return true;
  return false;
}
