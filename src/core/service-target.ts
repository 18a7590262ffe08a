import type { Event } from '../schema/event.ts';
import { withParticipants } from './participants.ts';

// "The authorities shut down the internet across the region", "blocked access to social media", "cut off electricity":
// a public good or service a state withholds from everyone (PLOVER COERCE withhold, censor) names nobody it is aimed
// at: "in shutting off internet access, the entities intended to be affected by the action are so broad as to be
// unclear" (manual, COERCE, requires recipient: no). The thing is no target (data/lexicon/public-services.tsv); a place
// or people named ("to the Gaza Strip", "to residents") stays.

export const SERVICE_NO_TARGET_RULE = 'target:public-service-no-recipient';

/** A COERCE event aimed at an uncoded public service, with no target. */
export function withoutServiceTarget(e: Event, services: ReadonlySet<string>): Event {
  // (a thing seized, "seized his phone", is taken from someone: CAMEO 171 keeps its reading)
  if (e.type !== 'COERCE' || e.cameo.startsWith('171') || e.target === null || e.target.code) return e;
  const last = e.target.text.toLowerCase().match(/[\p{L}]+$/u)?.[0];
  if (!last || !services.has(last)) return e;
  return { ...withParticipants(e, 'target', []), rules: [...e.rules, SERVICE_NO_TARGET_RULE] };
}
