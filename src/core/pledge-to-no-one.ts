import type { Event } from '../schema/event.ts';
import { participantsOf } from './participants.ts';

// "President Tinubu has promised to end the insecurity", "The new president pledged to declare war on crime": one
// side's promise, pledge or vow that names no one it would cooperate with is a pledge to voters, no AGREE (the PLOVER
// manual's AGREE is a commitment to cooperate; coding guide rule 1: no plans; as core/campaign-pledge.ts). A promise
// to a party ("pledged to cooperate with the IAEA", "promised to supply Serbia with gas") and a pair's pledge ("the
// two ministers pledged ...") stay.

export const PLEDGE_TO_NO_ONE_RULE = 'candidate:pledge-to-no-one';

const PLEDGE = /^(?:has\s+|have\s+|had\s+)?(?:promis|pledg|vow)\w*\s+to$/i;
const PAIR = /\b(?:both|two|three|each|all|leaders|sides|countries|nations|parties)\b/i;

/** The event is one side's promise of nothing to anyone named. */
export function isPledgeToNoOne(e: Event): boolean {
  if (e.type !== 'AGREE' || e.target !== null || e.actor === null || !PLEDGE.test(e.trigger.text.trim())) return false;
  return participantsOf(e, 'actor').length === 1 && !PAIR.test(e.actor.text);
}

/** The events without one-sided pledges to no one. */
export const withoutPledgesToNoOne = (events: readonly Event[]): Event[] => events.filter((e) => !isPledgeToNoOne(e));
