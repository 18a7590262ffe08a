import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Event } from '../schema/event.ts';
import { PACKAGE_DATA_DIR } from '../paths.ts';
import { participantsOf } from './participants.ts';

// "President Tinubu has promised to end the insecurity", "The new president pledged to declare war on crime": one
// side's promise, pledge or vow that names no one it would cooperate with is a pledge to voters, no AGREE (the PLOVER
// manual's AGREE is a commitment to cooperate; coding guide rule 1: no plans; as core/campaign-pledge.ts). A promise
// to a party ("pledged to cooperate with the IAEA", "promised to supply Serbia with gas") and a pair's pledge ("the
// two ministers pledged ...") stay.

export const PLEDGE_TO_NO_ONE_RULE = 'candidate:pledge-to-no-one';

const PLEDGE = /^(?:has\s+|have\s+|had\s+)?(?:promis|pledg|vow)\w*\s+to$/i;
const PAIR = /\b(?:both|two|three|each|all|leaders|sides|countries|nations|parties)\b/i;

// what a pledge may promise that is still a commitment of the manual's AGREE: to keep or ratify an accord, or to move
// one's own forces (data/lexicon/pledged-commitments.tsv; the promised deployment, core/speech-acts.ts)
const DATA_DIR = process.env.EVENTLENS_DATA ?? PACKAGE_DATA_DIR;
let committed: RegExp | null = null;
function committedWords(): RegExp {
  if (committed) return committed;
  const words = readFileSync(join(DATA_DIR, 'lexicon/pledged-commitments.tsv'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).slice(1);
  committed = new RegExp(`^\\s*(?:\\S+\\s+){0,6}?(?:${words.join('|')})\\b`, 'i');
  return committed;
}

/** The event is one side's promise of nothing to anyone named. */
export function isPledgeToNoOne(e: Event, text: string): boolean {
  if (e.type !== 'AGREE' || e.target !== null || e.actor === null || !PLEDGE.test(e.trigger.text.trim())) return false;
  if (committedWords().test(text.slice(e.trigger.span[1], e.trigger.span[1] + 80))) return false;
  return participantsOf(e, 'actor').length === 1 && !PAIR.test(e.actor.text);
}

/** The events without one-sided pledges to no one. */
export const withoutPledgesToNoOne = (events: readonly Event[], text: string): Event[] => events.filter((e) => !isPledgeToNoOne(e, text));
