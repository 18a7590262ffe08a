import type { ActorPhrase } from '../resolve/types.ts';
import type { Candidate } from '../extract/candidate.ts';
import { antecedentOf } from './actor-ref.ts';

/** The rule an event carries whose actor is the force that told of the taking. */
export const SPEAKER_TAKER_RULE = 'roles:speaker-force-took';

// CAMEO arrest/detain (173) and abduct/capture (181): acts one side does to the other's people, never to its own
const TAKING_CODES = new Set(['173', '181']);
// an armed force, police or a rebel group: who takes fighters and suspects
const FORCE = /(MIL|COP|REB)$/;

/**
 * "One rebel commander was captured alive, the army said", "Two suspects were arrested, police said": an agentless
 * passive of taking told by a force names its taker in the teller — a force reports the captures it made, and no
 * side takes its own people. The speaker when it is such a force and the act such a taking, else null.
 */
export function speakerTaker(c: Candidate, speaker: ActorPhrase | undefined, antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>): ActorPhrase | null {
  if (!speaker || c.actors.length > 0 || c.targets.length === 0 || !c.rules.includes('roles:passive') || !TAKING_CODES.has(c.info.code)) return null;
  const resolved = speaker.kind === 'anaphor' ? antecedentOf(speaker, antecedents) : speaker;
  const code = resolved?.code ?? resolved?.roleCode ?? '';
  if (!resolved || !FORCE.test(code)) return null;
  // "two soldiers were captured, the army said": people of the speaker's own kind were taken by another
  const kind = code.slice(-3);
  return c.targets.some((t) => t.start === resolved.start || (t.code ?? t.roleCode ?? '').endsWith(kind)) ? null : speaker;
}
