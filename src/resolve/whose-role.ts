import type { AnalyzedText } from '../nlp/types.ts';
import type { ActorPhrase } from './types.ts';

/** In a phrase's rule: a role in a "whose" relative, the head's own ("Mali, whose soldiers"). */
export const WHOSE_ROLE_RULE = 'anaphor:whose-role';
const WHOSE_BEFORE = /,\s+whose\s+$/i;

/**
 * "Mali, whose soldiers ...", "the group, whose fighters ...", "Sudan's army, whose commanders ...": a role that no
 * word codes, in a "whose" relative set off after its head, is the head's, as "its soldiers" would be; the phrase
 * becomes an anaphor that takes up the head (anaphora.ts whoseHead), never the story's country.
 */
export function withWhoseRoles(doc: AnalyzedText, phrases: readonly ActorPhrase[]): ActorPhrase[] {
  return phrases.map((p) => (p.kind === 'role' && p.code === null && p.roleCode && WHOSE_BEFORE.test(doc.text.slice(Math.max(0, p.start - 12), p.start))
    ? { ...p, kind: 'anaphor', refersTo: p.plural ? 'any_plural' : 'any_singular', rule: WHOSE_ROLE_RULE } : p));
}

/** The head a "whose" role belongs to: the phrase that ends at the comma before "whose" (its antecedent for an anaphor). */
export function whoseHead(doc: AnalyzedText, ordered: readonly ActorPhrase[], i: number, resolved: ReadonlyMap<ActorPhrase, ActorPhrase>): ActorPhrase | undefined {
  const p = ordered[i];
  const comma = doc.text.lastIndexOf(',', p.start);
  const head = ordered.slice(0, i).reverse().find((o) => o.end <= comma && !/\S/.test(doc.text.slice(o.end, comma)));
  return head && (head.kind === 'anaphor' ? resolved.get(head) : head);
}
