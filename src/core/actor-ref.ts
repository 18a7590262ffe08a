import type { ActorRef } from '../schema/event.ts';
import type { ActorPhrase } from '../resolve/types.ts';

/** The phrase as written, with the name and code of what it refers to (its antecedent for "the group"). */
export function actorRef(phrase: ActorPhrase, antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>): ActorRef | null {
  const resolved = phrase.kind === 'anaphor' ? antecedents.get(phrase) : phrase;
  if (!resolved) return null;
  return {
    text: phrase.text,
    name: resolved.name,
    code: resolved.code,
    span: [phrase.start, phrase.end],
    basis: phrase === resolved ? 'stated' : 'inferred',
  };
}

/** True when the phrase points at something we can count: a coded actor or a role ("foreign troops"). */
export function isKnownParticipant(phrase: ActorPhrase, antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>): boolean {
  const resolved = phrase.kind === 'anaphor' ? antecedents.get(phrase) : phrase;
  return resolved !== undefined && (resolved.code !== null || resolved.kind === 'role' || resolved.kind === 'named');
}
