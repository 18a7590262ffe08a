import type { ActorPhrase } from '../../resolve/types.ts';
import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { cuePhrases } from '../cue-groups.ts';
import { insideNode } from './phrase-position.ts';

/** In an event's `rules`: the window's targets were named only as the doer's helpers ("with help from X"), and were dropped. */
export const HELPER_RULE = 'roles:tree-helper-not-target';

/**
 * "Bahrain crushed protests with help from Saudi Arabia", "Iraqi troops attacked the town with the support of U.S.
 * aircraft": a "with" phrase headed by a noun of help (clause-cues.tsv helping-noun) names who helped the doer, never
 * whom the act lands on. Targets the window read only inside such a phrase are dropped, so the act's own landing
 * ("the town", "protests") is read instead.
 */
export function withoutHelpers(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate {
  if (c.targets.length === 0 || c.trigger.pattern.kind !== 'verb') return c;
  const helping = cuePhrases(ctx.kb.lexicon.clauseCues, 'helping-noun');
  const t = ctx.doc.tokens;
  // the "with" phrases of the verb, and (as the parse may hang them) of its object
  const holders = [c.trigger.head, ...tree.childrenWith(c.trigger.head, 'obj')];
  const helps = holders.flatMap((h) => tree.childrenWith(h, 'obl', 'nmod')).filter((n) => tree.marker(n) === 'with' && helping.has(t[n].lemma));
  if (helps.length === 0) return c;
  const isHelper = (p: ActorPhrase) => helps.some((n) => insideNode(tree, ctx, n, p));
  if (!c.targets.every(isHelper)) return c;
  return { ...c, targets: [], rules: [...c.rules, HELPER_RULE] };
}
