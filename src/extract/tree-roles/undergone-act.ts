import type { ActorPhrase } from '../../resolve/types.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';

/**
 * "Navalny's arrest", "the killing of two journalists", "the release of the hostages": the possessor or "of" noun of
 * an undergone act (data/lexicon/undergone-acts.tsv) is whom it lands on. True when the act at `act` is one and
 * every phrase lies inside such a dependent of it: an accusation of the act accuses its doer, not them, and a
 * demand for it does not ask them.
 */
export function undergoerOnly(tree: TreeView, ctx: SentenceContext, act: number, phrases: readonly ActorPhrase[]): boolean {
  const t = ctx.doc.tokens;
  if (!ctx.kb.lexicon.undergoneActs.has(t[act].lemma)) return false;
  const undergoers = [...tree.childrenWith(act, 'nmod:poss'), ...tree.childrenWith(act, 'nmod').filter((n) => tree.marker(n) === 'of')];
  // "the arrest of X and hundreds of arrests made last week": conjuncts of the act are the same kind of act
  for (const conj of tree.childrenWith(act, 'conj').filter((n) => ctx.kb.lexicon.undergoneActs.has(t[n].lemma))) {
    undergoers.push(...tree.childrenWith(conj, 'nmod:poss'), ...tree.childrenWith(conj, 'nmod').filter((n) => tree.marker(n) === 'of'));
  }
  if (undergoers.length === 0) return false;
  const spans = undergoers.map((n) => tree.span(n)).map(([first, last]) => [t[first].start, t[last - 1].end]);
  return phrases.every((p) => spans.some(([from, to]) => p.start >= from && p.end <= to));
}
