import type { TreeView } from '../tree-roles/tree-view.ts';

/**
 * An act noun that is the predicate of a copula under "under" names a state its subject is in, not an act that
 * happened: "Cuba has long been under an American embargo", "North Korea has been under UN sanctions since 2006",
 * "the town remained under curfew", "the country has been in a state of war since 1948". "The convoy came under
 * attack" has no copula and stays an event. When the parse hangs the noun on the copula itself ("has long been under U.N. sanctions" read as `obl` of "been"), that copula counts.
 */
export function isStateUnder(view: TreeView, act: number): boolean {
  if (!['NOUN', 'PROPN'].includes(view.upos(act))) return false;
  // ("has been in a state of war since 1948", "is in a state of emergency": the act noun's "state of", and "in" it,
  // is the condition its subject is in, as under a measure)
  const up = view.head(act);
  const head = up >= 0 && view.base(act) === 'nmod' && STATE_NOUNS.has(view.tokens[up].lemma) ? up : act;
  const inState = head !== act;
  if (!view.childrenWith(head, 'case').some((c) => view.tokens[c].lower === 'under' || inState && view.tokens[c].lower === 'in')) return false;
  const copulaOn = (n: number) => view.childrenWith(n, 'cop').length > 0;
  const parent = view.head(head);
  return copulaOn(head) || (parent >= 0 && view.label(parent) === 'cop') || (parent >= 0 && COPULAS.has(view.tokens[parent].lemma));
}

// nouns that name the condition itself ("a state of war"), which a subject is in as it is under a measure
const STATE_NOUNS = new Set(['state']);

// verbs that link a subject to the state it is in
const COPULAS = new Set(['remain', 'stay', 'be']);

/**
 * An agreement noun held in the present names a standing tie, not an act: "the United States, which has a mutual
 * defence treaty with the Philippines", "Japan has a security pact with Australia", "Turkey, which has an alliance
 * with Azerbaijan". Making one ("signed a treaty") or a past "had" ("had talks with") stays an act.
 */
export function isHeldRelation(view: TreeView, head: number): boolean {
  if (view.upos(head) !== 'NOUN' || view.label(head) !== 'obj') return false;
  const verb = view.head(head);
  return verb >= 0 && HOLDING_NOW.has(view.tokens[verb].lower) && view.childrenWith(verb, 'aux').length === 0;
}

// "has", "have", "holds", "maintains": a tie held now (a past "had" may be an act: "had talks", "had a call")
const HOLDING_NOW = new Set(['has', 'have', 'maintains', 'maintain']);
