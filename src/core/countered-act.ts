import type { Event } from '../schema/event.ts';
import { withParticipants } from './participants.ts';

/** The rule of a target read as the doer of the act a counter-act answers: inferred, so it ties no two mentions. */
export const COUNTERED_ACT_DOER = 'target:countered-act-doer';

// "counterattacked", "retaliated", "fought back", "hit back", "repelled": an act that answers another act
export const COUNTER_ACT = /\b(?:counter-?(?:attack|strike|offensive)\w*|retaliat\w*|(?:fought|fight|fighting|hit|hitting|struck|strike|striking)\s+back|repel\w*|repuls\w*)/i;

/**
 * "The militants overran the camp but the Kenyans counterattacked", "Rebels shelled the town. The army retaliated on
 * Monday.": a counter-act that names nothing it lands on is aimed at whoever did the act it answers, the latest
 * earlier assault by another side in its sentence or the one before. Its target is that side, inferred.
 */
export function counteredActDoer(events: readonly Event[], text: string, sentenceStarts: readonly number[]): Event[] {
  const sentenceOf = (at: number) => sentenceStarts.filter((s) => s <= at).length - 1;
  // the trigger and the word after it: "fought back" is matched as "fought"
  const counters = (e: Event) => COUNTER_ACT.test(text.slice(e.trigger.span[0], e.trigger.span[1] + 6));
  return events.map((e) => {
    if (e.type !== 'ASSAULT' || e.target !== null || e.actor === null || !counters(e)) return e;
    const here = sentenceOf(e.trigger.span[0]);
    const answered = events
      .filter((o) => o !== e && o.type === 'ASSAULT' && o.actor !== null && o.trigger.span[0] < e.trigger.span[0] && here - sentenceOf(o.trigger.span[0]) <= 1
        && (o.actor.code ?? o.actor.name) !== (e.actor!.code ?? e.actor!.name) && !counters(o))
      .sort((a, b) => b.trigger.span[0] - a.trigger.span[0])[0];
    if (!answered?.actor) return e;
    return { ...withParticipants(e, 'target', [{ ...answered.actor, basis: 'inferred' as const }]), rules: [...e.rules, COUNTERED_ACT_DOER] };
  });
}
