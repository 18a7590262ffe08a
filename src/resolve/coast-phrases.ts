import type { ActorPhrase, PlaceMention } from './types.ts';

// "off the coast of Yemen", "off Yemen's coast", "off the Yemeni coast", "along the coast of Libya", "off the
// northern coast of Somalia": the act happened at sea or on the shore of the state named, not in its capital nor
// anywhere inland. The place is the coast (a region's precision), the state's country, its point the named place's
// (the state's or the town's, "off the coast of Tripoli") where one was read. The state's name inside the phrase is
// then no participant (as a border area covers its neighbours' names: border-phrases.ts). Rule: place:coast.
export const COAST = 'place:coast';

const SIDE = String.raw`(?:(?:north|south|east|west)(?:ern|-?(?:east|west)ern)?\s+|Atlantic\s+|Pacific\s+|Mediterranean\s+|Red\s+Sea\s+|Black\s+Sea\s+|Caribbean\s+)?`;
// "off the coast of X" / "off the X coast" / "off X's coast": group 2 the phrase from "the" or the name
const COAST_PHRASE = new RegExp(String.raw`\b(off|along|near|on|at|from)\s+((?:the\s+${SIDE}(?:coast(?:line)?|shores?)\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})|(?:the\s+${SIDE}[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+${SIDE}(?:coast(?:line)?|shores?))|(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}['’]s?\s+${SIDE}(?:coast(?:line)?|shores?)))`, 'g');
const MAX_SPAN = 70;

/** The coasts the text names, each replacing the place names read inside it. */
export function withCoasts(text: string, places: readonly PlaceMention[], actors: readonly ActorPhrase[]): PlaceMention[] {
  const coasts: PlaceMention[] = [];
  for (const m of text.matchAll(COAST_PHRASE)) {
    const start = m.index + m[0].length - m[2].length;
    const end = start + m[2].length;
    if (end - start > MAX_SPAN) continue;
    const inside = (s: { start: number; end: number }) => s.start >= start && s.end <= end;
    // the state the named place lies in, or the state a demonym or a country's name inside names ("the Yemeni coast")
    const named = places.find((p) => inside(p) && p.place.country !== null);
    const state = named?.place.country ?? actors.find((a) => inside(a) && a.entry?.country && (a.kind === 'country' || a.entry.demonym))?.entry?.country ?? null;
    if (state === null) continue;
    const phrase = text.slice(start, end);
    coasts.push({
      start, end, text: phrase, locative: true, prep: m[1].toLowerCase(), rule: COAST,
      place: { id: `coast:${state}:${named?.place.id ?? ''}`, name: phrase, precision: 'region', country: state, lat: named?.place.lat ?? null, lon: named?.place.lon ?? null },
    });
  }
  if (coasts.length === 0) return [...places];
  const covered = (p: PlaceMention) => coasts.some((c) => p.start >= c.start && p.end <= c.end);
  return [...places.filter((p) => !covered(p)), ...coasts].sort((a, b) => a.start - b.start);
}
