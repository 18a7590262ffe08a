import type { Candidate } from '../extract/candidate.ts';
import type { SentenceContext } from '../extract/context.ts';
import { allegianceModifier } from '../extract/tree-roles/allegiance.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import type { ActorRef } from '../schema/event.ts';
import { isStateRole, sameSide } from './sides.ts';

export const LOYAL_FACTION_RULE = 'actor:loyal-faction';

/**
 * "Forces loyal to the former president clashed with the army": a group described by the side it is on
 * (tree-roles/allegiance.ts) is a side of its own. Marks the candidate's participants so described (their starts), for
 * `asFaction` once they are coded.
 */
export function withLoyalFactions(ctx: SentenceContext, candidates: readonly Candidate[]): Candidate[] {
  return candidates.map((c) => {
    const sided = [...c.actors, ...c.targets].filter((p) => isLoyalGroup(ctx, p)).map((p) => p.start);
    return sided.length ? { ...c, factions: new Set(sided) } : c;
  });
}

function isLoyalGroup(ctx: SentenceContext, p: ActorPhrase): boolean {
  if (p.kind !== 'role' || p.end <= ctx.sentence.start || p.start >= ctx.sentence.end) return false;
  const view = ctx.tree(), t = ctx.doc.tokens;
  const inside = (i: number) => i >= 0 && t[i].start >= p.start && t[i].end <= p.end;
  for (let i = ctx.sentence.tokenStart; i < ctx.sentence.tokenEnd; i++) if (inside(i) && !inside(view.head(i))) return allegianceModifier(view, i) >= 0;
  return false;
}

/**
 * A loyal group coded as a state's arms facing that state's own arms ("Yemeni forces loyal to the former president
 * clashed with the army") is no part of them: the state's armed opposition (REB), not a target dropped as the actor.
 */
export function asFaction(ref: ActorRef | null, others: ReadonlyArray<ActorRef | null>, factions: ReadonlySet<number> | undefined, rules: string[]): ActorRef | null {
  if (ref === null || ref.code === null || !factions?.has(ref.span[0]) || !isStateRole(ref.code.slice(3, 6))) return ref;
  if (!others.some((o) => o !== null && o.code !== null && !factions.has(o.span[0]) && sameSide(ref.code!, o.code))) return ref;
  if (!rules.includes(LOYAL_FACTION_RULE)) rules.push(LOYAL_FACTION_RULE);
  return { ...ref, code: `${ref.code.slice(0, 3)}REB` };
}
