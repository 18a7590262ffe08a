import type { ActorPhrase } from '../../resolve/types.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';

/**
 * "Navalny's arrest", "the killing of two journalists", "the shelling of civilians": the possessor (for some) or "of"
 * noun of an undergone act (data/lexicon/undergone-acts.tsv) is whom it lands on. True when the act at `act` is one and
 * every phrase lies inside such a dependent of it: an accusation of the act accuses its doer, not them, and a
 * demand for it does not ask them.
 */
export function undergoerOnly(tree: TreeView, ctx: SentenceContext, act: number, phrases: readonly ActorPhrase[]): boolean {
  const t = ctx.doc.tokens;
  const { undergoneActs, ofUndergoneActs } = ctx.kb.lexicon;
  if (!ofUndergoneActs.has(t[act].lemma)) return false;
  // "Russia's shelling of civilians": the possessor of an act done by its possessor is no undergoer
  // ("Egypt's arrest of the activist": with an "of" noun told, the possessor is the doer)
  const undergoersOf = (n: number) => {
    const of = tree.childrenWith(n, 'nmod').filter((m) => tree.marker(m) === 'of');
    return of.length === 0 && undergoneActs.has(t[n].lemma) ? tree.childrenWith(n, 'nmod:poss') : of;
  };
  const undergoers = [...undergoersOf(act)];
  // "the arrest of X and hundreds of arrests made last week": conjuncts of the act are the same kind of act
  for (const conj of tree.childrenWith(act, 'conj').filter((n) => ofUndergoneActs.has(t[n].lemma))) undergoers.push(...undergoersOf(conj));
  if (undergoers.length === 0) return false;
  const spans = undergoers.map((n) => tree.span(n)).map(([first, last]) => [t[first].start, t[last - 1].end]);
  return phrases.every((p) => spans.some(([from, to]) => p.start >= from && p.end <= to));
}

/**
 * "calls for the president's resignation", "called for Israel's withdrawal": the possessor of the act a request asks
 * for, when the pattern itself names that act (`own`: its tokens) and the act is done by its possessor (no undergone
 * act: "calls for Navalny's release" asks no one), is whom the request presses, as after "demanded the president's
 * resignation". True when `p` lies inside such a possessor of one of the `content` nodes.
 */
export function askedActDoer(tree: TreeView, ctx: SentenceContext, content: readonly number[], own: readonly number[], p: ActorPhrase): boolean {
  const t = ctx.doc.tokens;
  return content.some((n) => own.includes(n) && !ctx.kb.lexicon.undergoneActs.has(t[n].lemma) && tree.childrenWith(n, 'nmod:poss').some((poss) => {
    const [first, last] = tree.span(poss);
    return p.start >= t[first].start && p.end <= t[last - 1].end;
  }));
}
