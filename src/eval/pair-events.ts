import type { Event, Span } from '../schema/event.ts';
import { maxMatching, type Candidate } from './bipartite-match.ts';
import { compareFields } from './compare-fields.ts';
import type { GoldEvent } from './gold-doc.ts';
import type { ResolveName } from './names-match.ts';

export interface EventPair {
  readonly extracted: number;
  readonly gold: number;
}

const overlaps = (a: Span, b: Span): boolean => a[0] < b[1] && b[0] < a[1];
const inside = (inner: Span, outer: Span): boolean => inner[0] >= outer[0] && inner[1] <= outer[1];

// An event is stated in its evidence sentence and, after in-article coreference, in each of its mentions.
export function canPair(gold: GoldEvent, ext: Event): boolean {
  const typeOk = ext.type === gold.type || gold.alt_types.includes(ext.type);
  const span = gold.span;
  return typeOk && span !== null && (overlaps(ext.evidence.span, span) || (ext.mentions ?? []).some((m) => overlaps(m.span, span)));
}

// One-to-one pairing of extracted and gold events in a document. Most pairs first;
// among equally large assignments, prefer, in this order:
//   1. pairs with required gold events (an optional one must not take an extracted
//      event that a required one could have used, or a TP turns into an FN);
//   2. pairs whose trigger (or a mention's) lies inside the gold evidence;
//   3. evidence spans closer together (sum of start and end distances; the closest mention's);
//   4. pairs that agree on actor, target, date and location — only to break exact
//      ties such as "the 11 and 14 March rocket attacks", two gold events with one
//      evidence, where the arbitrary choice would otherwise decide the date score.
export function pairEvents(
  gold: readonly GoldEvent[], extracted: readonly Event[], resolveName: ResolveName,
): EventPair[] {
  const candidates: Candidate[] = [];
  extracted.forEach((ext, left) => {
    gold.forEach((g, right) => {
      if (g.span === null || !canPair(g, ext)) return;
      const span = g.span;
      const mentions = ext.mentions ?? [{ span: ext.evidence.span, trigger: ext.trigger }];
      const distance = Math.min(...mentions.map(({ span: e }) => Math.abs(e[0] - span[0]) + Math.abs(e[1] - span[1])));
      const triggerInside = [ext.trigger, ...mentions.map((m) => m.trigger)].some((t) => inside(t.span, span));
      const f = compareFields(g, ext, resolveName);
      const agreement = [f.actor, f.target, f.date, f.location].filter((v) => v === true).length;
      const cost = [g.optional ? 1 : 0, triggerInside ? 0 : 1, distance, -agreement];
      candidates.push({ left, right, cost });
    });
  });
  return maxMatching(extracted.length, gold.length, candidates).map(([extracted, g]) => ({ extracted, gold: g }));
}
