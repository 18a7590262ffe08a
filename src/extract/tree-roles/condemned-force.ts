import type { ActorPhrase } from '../../resolve/types.ts';
import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { cuePhrases } from '../cue-groups.ts';
import { adjacentSiblingLanding } from './adjacent-landing.ts';

/** In an ACCUSE's `rules`: the condemned use of force names who used it, the target. */
export const FORCE_USER_RULE = 'roles:tree-condemned-force-user';
/** In an ACCUSE's `rules`: the condemned force names no user; whom it was used on is no target (tree-roles/named-object.ts neither). */
export const FORCE_LANDED_ON_RULE = 'roles:tree-condemned-force-landed-on';

// whom force is used on: "against protesters", "on demonstrators", "at the crowd"
const LANDING_MARKERS = new Set(['against', 'on', 'at']);
const USER_LABELS = /^(nmod:poss|compound)$/;

/**
 * "condemned the use of excessive force against protesters", "denounced the excessive force used against
 * demonstrators": the force (data/lexicon/clause-cues.tsv used-force, after a force-use noun's "of") is what the
 * accusation is about; whom it was used on is no one accused. Who used it is the target where the sentence names them
 * ("by police", "the army's use of force"); else no one (the hand-coded sets leave such a target empty, or name the
 * user). Returns null where the object is no use of force.
 */
export function condemnedForce(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate | null {
  const t = ctx.doc.tokens;
  const cues = ctx.kb.lexicon.clauseCues;
  const uses = cuePhrases(cues, 'force-use'), forces = cuePhrases(cues, 'used-force');
  const obj = tree.childrenWith(c.trigger.head, 'obj').find((o) => !ctx.phraseAt.has(o));
  if (obj === undefined) return null;
  const force = forces.has(t[obj].lemma) ? obj : uses.has(t[obj].lemma) ? tree.childrenWith(obj, 'nmod').find((n) => tree.marker(n) === 'of' && forces.has(t[n].lemma)) : undefined;
  if (force === undefined) return null;
  // the words that tell the use: the use noun, the force, and a participle of using on it ("the force used against")
  const holders = [...new Set([obj, force, ...tree.childrenWith(force, 'acl')])];
  const spanOf = (n: number) => [t[tree.span(n)[0]].start, t[tree.span(n)[1] - 1].end] as const;
  const within = (p: ActorPhrase, n: number) => p.start >= spanOf(n)[0] && p.end <= spanOf(n)[1];
  const by = (k: number) => tree.marker(k) === 'by' || tree.label(k) === 'obl:agent';
  // (the parse may hang "by security forces" on the verb, right after the object)
  const adjacentBy = tree.children(c.trigger.head).filter((k) => by(k) && tree.span(k)[0] === tree.span(obj)[1]);
  const users = [...holders.flatMap((h) => tree.children(h).filter((k) => k < force && USER_LABELS.test(tree.label(k)) || by(k))), ...adjacentBy];
  const user = users.flatMap((u) => phrasesIn(ctx, tree, u)).find((p) => !p.locative && !c.actors.some((a) => a.start === p.start));
  if (user) return { ...c, targets: [user], rules: [...c.rules, FORCE_USER_RULE] };
  const adjacent = adjacentSiblingLanding(tree, obj, LANDING_MARKERS);
  const landings = [...holders.flatMap((h) => tree.childrenWith(h, 'nmod', 'obl').filter((n) => LANDING_MARKERS.has(tree.marker(n) ?? ''))), ...(adjacent === undefined ? [] : [adjacent])];
  if (c.targets.length > 0 && !c.targets.every((p) => landings.some((n) => within(p, n)))) return c;
  return { ...c, targets: [], rules: [...c.rules, FORCE_LANDED_ON_RULE] };
}

function phrasesIn(ctx: SentenceContext, tree: TreeView, node: number): ActorPhrase[] {
  const [first, last] = tree.span(node);
  const found: ActorPhrase[] = [];
  for (let k = first; k < last; k++) {
    const p = ctx.phraseAt.get(k);
    if (p && !found.includes(p)) found.push(p);
  }
  return found;
}
