import type { TreeView } from '../tree-roles/tree-view.ts';

// the verbs of a state, not an act: "the debt was a threat", "inflation posed a risk", "the deficit remains too high"
const STATE_VERBS = new Set(['be', 'pose', 'remain']);
// the auxiliaries that put something ahead or in reach ("would strike", "could face", "must leave"): a warning of
// something to come may be a threat; a warning of how things stand is not
const AHEAD = new Set(['will', 'would', "'ll", "'d", 'shall', 'should', 'could', 'can', 'may', 'might', 'must']);
// what below the clause's predicate tells an act after all ("were ready to strike", "was a threat if they moved")
const ACT_BELOW = new Set(['xcomp', 'ccomp', 'advcl', 'acl', 'csubj']);

/**
 * "Bayrou had warned lawmakers that France's debt was a threat to the country's survival", "warned parliament that
 * inflation posed a risk to growth": a warning told to an addressee whose that-clause says how things stand, with
 * nothing ahead and no act below it, alerts them to a danger (PLOVER THREATEN is a coercive or forceful warning of
 * what the warner will do). The warning verb `verb` has an object and such a clause.
 */
export function isWarnedOfState(view: TreeView, verb: number): boolean {
  const addressees = view.childrenWith(verb, 'obj', 'iobj');
  if (view.tokens[verb].lemma !== 'warn' || addressees.length === 0) return false;
  // (the parse may hang the that-clause on the addressee: "lawmakers | that the deficit was unsustainable")
  const onAddressee = addressees.flatMap((o) => view.childrenWith(o, 'acl').filter((k) => k > o && view.marker(k) === 'that' && view.childrenWith(k, 'nsubj').length > 0));
  const clauses = [...view.childrenWith(verb, 'ccomp'), ...onAddressee];
  return clauses.length > 0 && clauses.every((k) => isStateClause(view, k));
}

function isStateClause(view: TreeView, k: number): boolean {
  const copular = view.childrenWith(k, 'cop').length > 0 || STATE_VERBS.has(view.tokens[k].lemma);
  if (!copular) return false;
  if (view.childrenWith(k, 'aux', 'aux:pass', 'cop').some((a) => AHEAD.has(view.tokens[a].lower))) return false;
  // ("remained fragile": the predicate adjective of "remain" is no act)
  const noAct = (m: number) => view.label(m) === 'acl' && m < k || view.label(m) === 'xcomp' && view.upos(m) === 'ADJ';
  return view.children(k).every((m) => !ACT_BELOW.has(view.label(m)) || noAct(m));
}
