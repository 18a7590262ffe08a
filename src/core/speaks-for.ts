import type { ActorPhrase } from '../resolve/types.ts';
import { actorRef } from './actor-ref.ts';

/**
 * A government voice speaks for its state: "China demands that Britain stop meddling," said a Chinese foreign
 * ministry spokeswoman; the prime minister announced that Ethiopia accepts the treaty. The state's verbal act
 * told by its own government is the actor's own speech act, stated as such (coding guide rule 5: "null for
 * verbal acts where the speaker is the actor"), not a claim about someone else. Codes: the state "CHN", its
 * government "CHNGOV"; a spokesman for a ministry of another state speaks for no one here. A possessive of the
 * speaker's side after the speaker ("the president said his side will not negotiate") is the speaker's own.
 */
// "Zelenskyy said his side will not take part in talks": the speaker's own side, named after the speaker
const OWN_SIDE = /^(his|her|their|our|my)\s+(side|government|country|delegation|administration|camp)$/i;

export function speaksFor(speaker: ActorPhrase, actor: ActorPhrase, antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>): boolean {
  if (actor.kind === 'anaphor' && OWN_SIDE.test(actor.text) && actor.start >= speaker.end) return true;
  const state = actorRef(actor, antecedents)?.code;
  const voice = actorRef(speaker, antecedents)?.code;
  return state != null && voice != null && /^[A-Z]{3}$/.test(state) && voice === `${state}GOV`;
}
