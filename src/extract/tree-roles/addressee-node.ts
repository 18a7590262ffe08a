import type { TreeView } from './tree-view.ts';
import type { LandingNode } from './landing-node.ts';

// "called on the army to", "appealed to the UN", "a call on both sides": the prepositions that name whom a request is put to
// "demanded transparency from the government": the one asked gives
const ADDRESSEE_PREPS = new Set(['on', 'upon', 'to', 'from']);

/** Whom a request is addressed to, and whether that node must be a named participant (not any noun). */
export interface AddresseeNode extends LandingNode {
  readonly mustBeNamed: boolean;
}

/**
 * Whom a request verb or noun asks, read off the tree; what is asked for is its content, never its target:
 *  - "urged the government to implement the plan": the object of a verb that also governs the asked act
 *    (object control, `obj` + `xcomp`);
 *  - "demands that the British side stop", "to demand the government pay": the subject of the asked clause (`ccomp`);
 *  - "called on the army to withdraw", "appealed to the UN": the on/upon/to oblique;
 *  - "with calls for Lukashenko to resign": the "for" nominal that a to-clause follows (its subject);
 *  - "called for the withdrawal of foreign troops": the "of" doer of the act asked for;
 *  - "asked Iran" (a bare object): only a named participant; "demanded reforms" asks for reforms;
 *  - "calls for a ceasefire", "called for sanctions against X": no addressee (the content's words are no target).
 */
export function addresseeNode(view: TreeView, head: number, kind: 'verb' | 'noun', ownWords: readonly number[] = [], isAct: (node: number) => boolean = () => false): AddresseeNode | null {
  // "called on X to", "appealed to X": the pattern's own preposition marks whom, wherever the parser hung it
  // (not one inside the asked clause: "urged Pyongyang to return | to dialogue", whose noun an earlier verb governs)
  const ownCase = ownWords.find((w) => w > head && view.base(w) === 'case' && ADDRESSEE_PREPS.has(view.tokens[w].lower) && view.head(w) > w && !inAskedClause(view, head, view.head(w)));
  if (ownCase !== undefined) return { node: view.head(ownCase), rule: `roles:tree-addressee-${view.tokens[ownCase].lower}`, mustBeNamed: false };
  // "repeated his calls for X to resign", "issued an appeal to X": the pattern's own request noun asks
  const ownNoun = kind === 'verb' ? view.childrenWith(head, 'obj').find((o) => ownWords.includes(o) && view.upos(o) === 'NOUN') : undefined;
  const viaNoun = ownNoun === undefined ? null : addresseeNode(view, ownNoun, 'noun', ownWords, isAct);
  if (viaNoun) return viaNoun;
  const subjectOfFor = view.childrenWith(head, 'obl', 'nmod').find((c) => view.marker(c) === 'for' && askedClauseAfter(view, head, c));
  if (subjectOfFor !== undefined) return { node: subjectOfFor, rule: 'roles:tree-addressee-for-to', mustBeNamed: false };
  // "called for the withdrawal of foreign troops": the asked act's own doer ("sanctions against X" names whom it hits, not whom it asks)
  const askedAct = view.childrenWith(head, 'obl', 'nmod').find((c) => view.marker(c) === 'for' && isAct(c));
  const doer = askedAct === undefined ? undefined : view.childrenWith(askedAct, 'nmod').find((c) => view.marker(c) === 'of');
  const askedActDoer = doer === undefined ? null : { node: doer, rule: 'roles:tree-addressee-for-act-of', mustBeNamed: true };
  if (askedActDoer && kind === 'verb') return askedActDoer;
  const object = view.childrenWith(head, 'obj', 'iobj')[0];
  // "demanding transparency from the government": the parser may hang the one asked on what is asked
  const oblique = [...view.childrenWith(head, 'obl', 'nmod'), ...(object === undefined ? [] : view.childrenWith(object, 'nmod'))]
    .find((c) => view.label(c) !== 'obl:agent' && ADDRESSEE_PREPS.has(view.marker(c) ?? '') && (view.head(c) === head || view.marker(c) === 'from'));
  if (kind === 'noun') return oblique === undefined ? askedActDoer : { node: oblique, rule: `roles:tree-addressee-${view.marker(oblique)}`, mustBeNamed: false };
  if (view.isPassive(head)) return null;
  const asked = view.childrenWith(head, 'xcomp', 'ccomp');
  if (object !== undefined && asked.length > 0) return { node: object, rule: 'roles:tree-addressee-obj-xcomp', mustBeNamed: false };
  for (const clause of asked) {
    const subject = view.childrenWith(clause, 'nsubj')[0];
    if (subject !== undefined && view.label(subject) === 'nsubj') return { node: subject, rule: 'roles:tree-addressee-ccomp-nsubj', mustBeNamed: false };
  }
  if (oblique !== undefined) return { node: oblique, rule: `roles:tree-addressee-${view.marker(oblique)}`, mustBeNamed: false };
  return object === undefined ? null : { node: object, rule: 'roles:tree-addressee-obj', mustBeNamed: true };
}

/**
 * "for Lukashenko to resign": a to-clause right after the "for" nominal, on it, beside it, or on the verb whose
 * object the request noun is ("renewed its calls for the president to step down" with the clause hung on "renewed").
 */
function askedClauseAfter(view: TreeView, head: number, nominal: number): boolean {
  const isClause = (v: number) => view.upos(v) === 'VERB' && view.marker(v) === 'to';
  const end = view.span(nominal, isClause)[1];
  const above = view.label(head) === 'obj' ? view.children(view.head(head)) : [];
  return [...view.children(nominal), ...view.children(head), ...above].some((v) => isClause(v) && view.span(v)[0] === end);
}

// a noun an oblique of another verb between the request and it: "urged X to return | to dialogue"
function inAskedClause(view: TreeView, head: number, noun: number): boolean {
  const governor = view.head(noun);
  return governor !== head && governor > head && governor < noun && view.upos(governor) === 'VERB';
}
