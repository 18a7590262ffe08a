import type { Event } from '../schema/event.ts';
import type { Candidate } from '../extract/candidate.ts';
import type { Token } from '../nlp/types.ts';

// Types whose object clause describes an event that has not happened:
// "called for the withdrawal", "threatened to strike", "agreed to release", "rejected calls for a ceasefire".
const GOVERNING_TYPES = new Set(['REQUEST', 'THREATEN', 'AGREE', 'REJECT']);
const STOP = new Set(['.', ';', ':', '“', '”', '"']);

/**
 * The candidate whose object contains `c`, if that candidate's type means `c` did not happen.
 * "The Iraqi military has called for an immediate withdrawal of all foreign troops" → the RETREAT is inside the REQUEST.
 */
export function governingCandidate(c: Candidate, all: readonly Candidate[], tokens: readonly Token[]): Candidate | null {
  for (const g of all) {
    if (g === c || !GOVERNING_TYPES.has(g.info.type) || g.trigger.pattern.kind !== 'verb') continue;
    if (c.trigger.start < g.trigger.end || c.trigger.start - g.trigger.end > 10) continue;
    let blocked = false;
    for (let i = g.trigger.end; i < c.trigger.start; i++) if (STOP.has(tokens[i].text) || tokens[i].pos === 'SCONJ') blocked = true;
    if (!blocked) return g;
  }
  return null;
}

/** One event per (type, actor, target, date) within a sentence: the first, longest pattern wins. */
export function dedupe(events: readonly Event[]): Event[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const key = [e.evidence.span[0], e.type, e.actor?.code ?? e.actor?.name, e.target?.code ?? e.target?.name, e.date?.value].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
