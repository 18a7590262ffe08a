import type { TreeView } from './tree-view.ts';

// Nouns of deciding, intending or committing whose to-clause is done by the one who decides:
// "Canada's decision to cut ties with India", "the junta's refusal to release him", "a bid by Kyiv to join NATO".
const INTENT_NOUNS = new Set([
  'decision', 'move', 'plan', 'bid', 'attempt', 'effort', 'refusal', 'pledge', 'promise', 'vow', 'offer',
  'threat', 'readiness', 'willingness', 'intention', 'determination', 'commitment', 'agreement', 'resolve', 'failure',
]);

/**
 * Who does the to-clause of an intent noun: the noun's possessor ("Canada's decision to cut ties" → Canada) or
 * its "by" phrase ("the decision by Canada to cut ties"). Null for any other clause the noun completes
 * ("the right to protest", "a role in fighting terrorism" name no doer), or when the noun names no one.
 */
export function intentPossessor(view: TreeView, clause: number, noun: number): number | null {
  if (view.label(clause) !== 'acl' || view.marker(clause) !== 'to') return null;
  if (!INTENT_NOUNS.has(view.tokens[noun]?.lemma ?? '') && !INTENT_NOUNS.has(view.tokens[noun]?.lower ?? '')) return null;
  const possessor = view.childrenWith(noun, 'nmod:poss').find((c) => !['its', 'their', 'his', 'her', 'our', 'my', 'your'].includes(view.tokens[c].lower));
  if (possessor !== undefined) return possessor;
  return view.childrenWith(noun, 'nmod').find((c) => view.marker(c) === 'by') ?? null;
}

// Nouns of a part taken in an act, whose "in" + -ing clause says what the part was: "Qatar's role in mediating the
// deal", "Egypt's efforts in brokering the truce", "its help in securing the release".
const CONTRIBUTION_NOUNS = new Set(['role', 'effort', 'part', 'help', 'work', 'success', 'contribution', 'assistance', 'leadership']);

/**
 * An "in" + -ing clause that completes a noun of a part taken: "praised Qatar's role in mediating the deal",
 * "commended Haftar's role in fighting terrorism". It describes the part someone played, as praise or thanks give
 * it, and is no act of its own (whose part it was is the noun's possessor, not who praises). The parse hangs the
 * clause on the noun (`acl`) or on the verb whose object the noun is (`advcl`).
 */
export function completesContribution(view: TreeView, clause: number): boolean {
  if (view.marker(clause) !== 'in' || !view.tokens[clause].lower.endsWith('ing')) return false;
  const up = view.head(clause);
  if (up < 0) return false;
  const noun = view.label(clause) === 'acl' ? up : view.childrenWith(up, 'obj', 'obl').filter((n) => n < clause).at(-1);
  return noun !== undefined && CONTRIBUTION_NOUNS.has(view.tokens[noun].lemma);
}
