import type { Event } from '../../src/schema/event.ts';

// Turns an article and one event into runs of text, each with the roles that cover it, so the page
// can mark the trigger, actor, target, date, place, speaker and quote inside the evidence sentence.
// Spans are [start, end) offsets into the text and may nest (a trigger inside a quote).

export const ROLES = ['trigger', 'actor', 'target', 'date', 'place', 'source', 'quote', 'evidence'] as const;
export type Role = (typeof ROLES)[number];

export interface Run {
  readonly text: string;
  readonly start: number;
  /** Covering roles, most specific first (the order of ROLES). */
  readonly roles: readonly Role[];
}

export function eventSpans(event: Event): ReadonlyMap<Role, readonly [number, number]> {
  const spans = new Map<Role, readonly [number, number]>();
  spans.set('trigger', event.trigger.span);
  if (event.actor) spans.set('actor', event.actor.span);
  if (event.target) spans.set('target', event.target.span);
  if (event.date?.span) spans.set('date', event.date.span);
  if (event.location?.span) spans.set('place', event.location.span); // inferred places have no span
  const source = event.provenance.source;
  if (source !== 'outlet') spans.set('source', source.span);
  if (event.provenance.quote) spans.set('quote', event.provenance.quote.span);
  spans.set('evidence', event.evidence.span);
  return spans;
}

export function highlightRuns(text: string, spans: ReadonlyMap<Role, readonly [number, number]>): Run[] {
  // An inferred actor ("the group" resolved earlier) may point outside this text; such spans are dropped.
  const valid = [...spans].filter(([, [start, end]]) => start < end && end <= text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const [, [start, end]] of valid) cuts.add(start).add(end);
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const roles = ROLES.filter((role) => valid.some(([r, [s, e]]) => r === role && s <= start && end <= e));
    runs.push({ text: text.slice(start, end), start, roles });
  }
  return runs;
}
