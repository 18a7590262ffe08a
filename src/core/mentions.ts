import type { Event, Mention } from '../schema/event.ts';

// Every refiner that folds one event into another keeps the folded one's words as a mention, so the
// record still shows each sentence and trigger that reported the event ("killed five policemen in an
// ambush" lists both "killed" and "ambush"), whichever refiner did the folding.

/** The mention an event record stands for on its own: its evidence sentence, trigger and who says so there. */
export function mentionOf(e: Event): Mention {
  return { sentence: e.evidence.sentence, span: e.evidence.span, trigger: e.trigger, provenance: e.provenance };
}

/** The mentions an event already carries from earlier merges, else its own. */
export function mentionsOf(e: Event): Mention[] {
  return e.mentions ?? [mentionOf(e)];
}

/** The mentions of events merged into one, in text order, each trigger once. */
export function joinMentions(events: readonly Event[]): Mention[] {
  const byTrigger = new Map<number, Mention>();
  for (const m of events.flatMap(mentionsOf)) if (!byTrigger.has(m.trigger.span[0])) byTrigger.set(m.trigger.span[0], m);
  return [...byTrigger.values()].sort((a, b) => a.trigger.span[0] - b.trigger.span[0]);
}
