import type { ActorPhrase } from '../../resolve/types.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import type { Trigger } from '../triggers.ts';
import { participantsAt } from './participants.ts';

// "were in custody" reports the arrest; "remain in detention" a state that goes on, no new act (as "is under
// sanctions", src/extract/tree-clauses/under-state.ts)
const STATE_MARKERS = new Set(['in']);

/**
 * "Four gang members were in custody", "two opposition leaders are in detention": an act noun marked "in" as the
 * predicate of a copula says its subject is held, so the subject is whom the act landed on (nobody is named doing
 * it). Pushes its rule; empty when the noun is no such predicate.
 */
function heldSubject(view: TreeView, ctx: SentenceContext, noun: number, rules: string[]): ActorPhrase[] {
  if (!STATE_MARKERS.has(view.marker(noun) ?? '')) return [];
  const copula = view.childrenWith(noun, 'cop').some((c) => ctx.doc.tokens[c].lemma === 'be');
  const subject = copula ? view.childrenWith(noun, 'nsubj')[0] : undefined;
  const held = subject === undefined ? [] : participantsAt(view, ctx, subject).phrases;
  if (held.length) rules.push('roles:tree-held-subject');
  return held;
}

/**
 * The roles of a pattern that opens with its own "in" ("in custody", "in police custody"): it names a state, so its
 * only participant is the one held, and nobody acts ("in the custody of the court" names a holder: no one held).
 * Null for any other pattern.
 */
export function heldRoles(ctx: SentenceContext, tr: Trigger, type: string, rules: string[]): [ActorPhrase[], ActorPhrase[]] | null {
  if (type !== 'COERCE' || !STATE_MARKERS.has(ctx.doc.tokens[tr.start].lower)) return null;
  return [[], heldSubject(ctx.tree(), ctx, tr.head, rules)];
}
