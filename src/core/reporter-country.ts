import type { ActorPhrase } from '../resolve/types.ts';

/**
 * "Chinese state media said the coast guard expelled a Philippine vessel", "Iranian state television said the navy
 * seized a tanker": a state's own media, government or forces telling of a bare state body (coast guard, navy,
 * police, ministry) speak of their own state's, where the story gives the body no other country (the last resort of
 * assemble.ts contextCountry; the state acted on is never lent, see notOfStateActedOn).
 */
export const REPORTER_COUNTRY_RULE = 'actor:reporter-country';

// the speaker is a voice of one state: its media, government or armed forces
const STATE_VOICE = /^([A-Z]{3})(?:MED|GOV|MIL)$/;
// the bare roles a state's voice speaks of as its own
const STATE_BODIES = /^(?:GOV|MIL|COP|JUD|LEG)$/;

/** The country of the state voice telling of the bare state body `p`; null for any other speaker or phrase. */
export function reporterCountry(speakerCode: string | null | undefined, p: ActorPhrase): string | null {
  const voice = speakerCode ? STATE_VOICE.exec(speakerCode) : null;
  if (!voice || p.kind !== 'role' || p.code !== null || !p.roleCode || !STATE_BODIES.test(p.roleCode)) return null;
  return voice[1];
}
