import type { SentenceContext } from './context.ts';
import type { Trigger } from './triggers.ts';

// Nominal relations an appeal's addressee takes: "urged ships", "called on member states" (the parse hangs "on X" as an
// oblique of "called", or, with "on" read as a particle, X as the object)
const ADDRESSEE_RELATIONS = ['obj', 'obl', 'iobj'];
const ON = new Set(['on', 'upon', null]);

/**
 * "called on member states to arrest the minister", "urged ships to keep a strict watch": an appeal made to a noun the
 * resolver names no party for (member states, ships, fishermen) still has an addressee, told to do what the infinitive
 * says; without it the request had no object, was dropped, and what it asked for was coded as done by the one asking.
 * The addressee: a noun (not a pronoun) the trigger's verb takes as object, or as its "on" oblique, followed by a
 * "to"-infinitive hung on the verb or on that noun.
 */
export function appealAddressee(ctx: SentenceContext, tr: Trigger, type: string): boolean {
  if (type !== 'REQUEST' || tr.pattern.kind !== 'verb') return false;
  const view = ctx.tree(), verb = tr.head;
  const addressees = view.childrenWithAny(verb, ADDRESSEE_RELATIONS).filter((n) => n > verb && (view.upos(n) === 'NOUN' || view.upos(n) === 'PROPN') && ON.has(view.marker(n)));
  const told = (n: number) => view.childrenWith(n, 'xcomp', 'acl', 'advcl').some((v) => v > n && view.upos(v) === 'VERB' && view.marker(v) === 'to');
  return addressees.some((n) => told(n) || view.childrenWith(verb, 'xcomp', 'advcl').some((v) => v > n && view.upos(v) === 'VERB' && view.marker(v) === 'to'));
}
