import type { Candidate } from '../extract/candidate.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import type { SentenceContext } from '../extract/context.ts';
import type { TreeView } from '../extract/tree-roles/tree-view.ts';
import { phraseHead } from '../extract/tree-roles/own-clause-targets.ts';
import { isArmedOrState } from './actor-ref.ts';

// "Police arrested five men who had attacked a checkpoint", "troops killed two suspects who bombed a church": the
// doers of a violent act whom a state or armed side arrests or strikes in the same sentence are political by that
// answer, nameless as they are (the act and the answer are two events of two sides). A private quarrel stays out:
// the act must land on no one, or on no private person ("who had attacked a woman").
export const ANSWERED_DOERS_RULE = 'actor:doers-answered-by-force';
const ANSWERING = new Set(['COERCE', 'ASSAULT']);

// whom the answering verb acts on: its object, or its passive subject ("five men who ... were arrested by police")
const UNDERGOER = new Set(['obj', 'nsubj:pass']);
const overlaps = (a: ActorPhrase, b: ActorPhrase) => a.start < b.end && b.start < a.end;

export function isAnsweredByForce(ctx: SentenceContext, view: TreeView, c: Candidate, others: readonly Candidate[], refs: ReadonlyMap<ActorPhrase, ActorPhrase>): boolean {
  if (c.info.type !== 'ASSAULT' || c.actors.length === 0) return false;
  if (c.targets.some((t) => t.kind === 'role' && t.roleKind === 'person' || t.kind === 'named')) return false;
  const undergoes = (a: ActorPhrase, o: Candidate) => o.targets.some((t) => overlaps(a, t)) || ((h) => h !== null && view.head(h) === o.trigger.head && UNDERGOER.has(view.label(h)))(phraseHead(view, ctx, a));
  return others.some((o) => o !== c && ANSWERING.has(o.info.type) && o.actors.some((a) => isArmedOrState(a, refs, false))
    && c.actors.some((a) => undergoes(a, o)));
}
