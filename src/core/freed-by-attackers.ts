import type { Event } from '../schema/event.ts';
import { joinMentions } from './mentions.ts';

// "Militants attacked a prison, freeing hundreds of inmates", "gunmen stormed the jail and freed 400 prisoners": those
// who break into a place of custody and free its captives did not hold them, nor did attackers whose freeing names the
// inmates or the jail itself ("stormed the town, freeing 500 inmates from the local prison", custody-words.tsv); the
// freeing is what the attack did (a jailbreak), no release of captives (PLOVER RETREAT, CAMEO 0841, is the holder's).
// "The Taliban freed 20 prisoners" and a release after an attack elsewhere stay releases.

export const FREED_BY_ATTACKERS_RULE = 'refiner:freed-by-attackers';

const sameDoer = (a: Event, b: Event) => b.actor === null || a.actor !== null && (a.actor.code !== null ? a.actor.code === b.actor.code : a.actor.text.toLowerCase() === b.actor.text.toLowerCase());

const sameOccasion = (a: Event, b: Event) => a.date === null || b.date === null || a.date.value === b.date.value;

const namesCustody = (text: string, custody: ReadonlySet<string>) => text.toLowerCase().split(/[^a-z]+/).some((w) => custody.has(w));

/** The events with each release whose doers attacked a place of custody earlier in its sentence folded into that attack. */
export function foldFreeingIntoAttacks(events: readonly Event[], custody: ReadonlySet<string>): Event[] {
  const onCustody = (e: Event) => [e.target?.text, e.trigger.text].some((t) => t !== undefined && namesCustody(t, custody));
  const folded = new Map<Event, Event[]>();
  const kept = events.filter((e) => {
    if (e.type !== 'RETREAT' || !e.cameo.startsWith('084')) return true;
    // ("stormed the town, freeing 500 inmates from the local prison": the freeing's own words name the custody)
    const fromCustody = namesCustody(e.trigger.text, custody);
    // (on one occasion: "The rebels, who seized the town in March, released 20 prisoners" tells two)
    const attack = events.find((a) => a !== e && a.evidence.span[0] === e.evidence.span[0] && a.trigger.span[1] <= e.trigger.span[0] && a.type === 'ASSAULT' && (fromCustody || onCustody(a)) && sameDoer(a, e) && sameOccasion(a, e));
    if (!attack) return true;
    folded.set(attack, [...(folded.get(attack) ?? []), e]);
    return false;
  });
  return kept.map((e) => {
    const freed = folded.get(e);
    return freed ? { ...e, mentions: joinMentions([e, ...freed]), rules: [...e.rules, FREED_BY_ATTACKERS_RULE] } : e;
  });
}
