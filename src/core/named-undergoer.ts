import type { Candidate } from '../extract/candidate.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import { antecedentOf } from './actor-ref.ts';

export const NAMED_UNDERGOER_RULE = 'roles:named-individual-undergoer';

// "Opposition leader Ousmane Sonko was arrested at his home, his lawyer said", "he said he had been detained in his
// office": an agentless passive needs a date or a place to be told news ("Brazil has been hit hardest"), but an
// arrest or an attack that befell one person named or titled is one occasion, whatever the sentence leaves unsaid.
// Crowds and categories ("journalists have been detained") stay generic.
const isIndividual = (p: ActorPhrase | undefined) => p !== undefined && !p.plural && (p.kind === 'person' || p.kind === 'role' && p.roleKind === 'person');

/** Whether a passive act with no doer befell one named or titled person (or a pronoun taking one up). */
export function befellNamedIndividual(c: Candidate, antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>): boolean {
  return c.targets.some((t) => isIndividual(t.kind === 'anaphor' ? antecedentOf(t, antecedents) : t));
}
