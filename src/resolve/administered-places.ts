import type { Knowledge } from '../knowledge/types.ts';
import type { PlaceMention } from './types.ts';

// "in Indian-administered Kashmir", "in Pakistan-controlled Kashmir": a disputed place the gazetteer gives no country
// (data/places/regions.json: Kashmir) is the administering state's where the text names it. A place that has a
// country keeps it ("Russian-occupied Crimea" stays UKR, "the Israeli-occupied Golan Heights" SYR: the recognised
// sovereign, docs/knowledge-sources.md). Rule: place:administering-state.
const ADMINISTERED = /\b(\p{Lu}[\p{L}.]*)-(?:administered|controlled|held|run|ruled|occupied)\s+$/u;

export function withAdministeringStates(text: string, places: readonly PlaceMention[], kb: Knowledge): PlaceMention[] {
  return places.map((p) => {
    if (p.place.country !== null || p.place.precision === 'country') return p;
    const by = ADMINISTERED.exec(text.slice(Math.max(0, p.start - 40), p.start));
    const state = by ? kb.actors.lookup(by[1]).find((e) => e.kind === 'country' && e.country)?.country : undefined;
    return state ? { ...p, place: { ...p.place, country: state }, rule: p.rule ?? 'place:administering-state' } : p;
  });
}
