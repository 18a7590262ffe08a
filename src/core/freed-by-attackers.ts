import type { Event } from '../schema/event.ts';
import { joinMentions } from './mentions.ts';

// "Militants attacked a prison, freeing hundreds of inmates", "gunmen stormed the jail and freed 400 prisoners": those
// who break into a place of custody and free its captives did not hold them; the freeing is what the attack did (a
// jailbreak), no release of captives (PLOVER RETREAT, CAMEO 0841, is the holder's). "The Taliban freed 20 prisoners"
// and a release after an attack elsewhere stay releases.

export const FREED_BY_ATTACKERS_RULE = 'refiner:freed-by-attackers';

const sameDoer = (a: Event, b: Event) => b.actor === null || a.actor !== null && (a.actor.code !== null ? a.actor.code === b.actor.code : a.actor.text.toLowerCase() === b.actor.text.toLowerCase());

/** The events with each release whose doers attacked a place of custody earlier in its sentence folded into that attack. */
export function foldFreeingIntoAttacks(events: readonly Event[], custody: ReadonlySet<string>): Event[] {
  const onCustody = (e: Event) => e.type === 'ASSAULT' && [e.target?.text, e.trigger.text].some((t) => t !== undefined && t.toLowerCase().split(/[^a-z]+/).some((w) => custody.has(w)));
  const folded = new Map<Event, Event[]>();
  const kept = events.filter((e) => {
    if (e.type !== 'RETREAT' || !e.cameo.startsWith('084')) return true;
    const attack = events.find((a) => a !== e && a.evidence.span[0] === e.evidence.span[0] && a.trigger.span[1] <= e.trigger.span[0] && onCustody(a) && sameDoer(a, e));
    if (!attack) return true;
    folded.set(attack, [...(folded.get(attack) ?? []), e]);
    return false;
  });
  return kept.map((e) => {
    const freed = folded.get(e);
    return freed ? { ...e, mentions: joinMentions([e, ...freed]), rules: [...e.rules, FREED_BY_ATTACKERS_RULE] } : e;
  });
}
