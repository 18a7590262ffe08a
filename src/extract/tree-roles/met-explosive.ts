import type { ActorPhrase } from '../../resolve/types.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { participantsAt } from './participants.ts';
import { subjectNode } from './subject-node.ts';
import { nodePhrase } from './node-phrase.ts';

// "their convoy hit a roadside bomb", "a patrol struck a landmine", "a soldier stepped on a mine", "the truck ran over
// an explosive device": one who meets an explosive left for it (data/lexicon/laid-explosives.tsv) undergoes the blast.
// The subject is the target; whoever laid it is not named here, so the act has no actor (never the victim).
export const MET_EXPLOSIVE_RULE = 'roles:tree-met-explosive';

// verbs of meeting a thing on one's way: the explosive is their object or follows on/over/into
const MEETING_VERBS = new Set(['hit', 'strike', 'step', 'run', 'drive', 'roll', 'tread', 'trigger', 'set']);
const MEETING_MARKERS = new Set(['on', 'onto', 'over', 'into', 'upon']);

/** The explosive met by the verb at `head`: its object or on/over oblique, when that is one; else null. */
function metExplosive(view: TreeView, ctx: SentenceContext, head: number): number | null {
  // "set off a mine" meets it; "set up a checkpoint" does not
  if (view.tokens[head].lemma === 'set' && !view.childrenWith(head, 'compound:prt').some((c) => view.tokens[c].lower === 'off')) return null;
  const objects = [...view.childrenWith(head, 'obj'), ...view.childrenWith(head, 'obl').filter((c) => MEETING_MARKERS.has(view.marker(c) ?? ''))];
  return objects.find((n) => isLaidExplosive(view, ctx, n)) ?? null;
}

/** The noun at `node` names a laid explosive, with the modifier a general word needs ("roadside bomb"). */
function isLaidExplosive(view: TreeView, ctx: SentenceContext, node: number): boolean {
  const t = view.tokens;
  const needs = ctx.kb.lexicon.laidExplosives.get(t[node].lemma.toLowerCase()) ?? ctx.kb.lexicon.laidExplosives.get(t[node].lower);
  if (needs === undefined) return false;
  if (needs.size === 0) return true;
  const [start] = view.span(node);
  for (let k = start; k < node; k++) if (needs.has(t[k].lower) || needs.has(t[k].lemma.toLowerCase())) return true;
  return false;
}

/**
 * Roles of an act of meeting a laid explosive: no actor, the subject as target. Null for any other verb or object,
 * a passive, or a subject the tree cannot name.
 */
export function metExplosiveRoles(view: TreeView, ctx: SentenceContext, head: number, type: string): { actors: ActorPhrase[]; targets: ActorPhrase[]; rules: string[] } | null {
  if (type !== 'ASSAULT' || !MEETING_VERBS.has(view.tokens[head].lemma) || view.isPassive(head)) return null;
  if (metExplosive(view, ctx, head) === null) return null;
  const subject = subjectNode(view, head, false, (v) => ctx.kb.lexicon.reporting.has(ctx.doc.tokens[v].lemma));
  if (subject === null) return null;
  const named = participantsAt(view, ctx, subject.node).phrases;
  const thing = named.length ? null : nodePhrase(view, ctx, subject.node);
  const targets = named.length ? named : thing ? [thing] : [];
  if (targets.length === 0) return null;
  return { actors: [], targets, rules: [MET_EXPLOSIVE_RULE, ...subject.rules] };
}
