import type { AnalyzedText } from '../nlp/types.ts';
import { normalizeName } from '../nlp/normalize.ts';
import type { PlaceEntry } from '../knowledge/types.ts';
import type { ActorPhrase, PlaceMention } from './types.ts';
import { tokenAt } from './token-map.ts';

// "clashed near the border with Afghanistan", "along the border with Gaza", "on the Chad border", "near the Iraqi
// border", "near the Burma-China border", "10 km from the Syrian border", "north of the Ukrainian border": the place is a border area, on one side of it, not the neighbour named
// (neither Afghanistan as a whole nor its capital). The side is the story's country when the phrase names another
// ("Pakistani troops ... in a story of Pakistan"), else the state of a participant named before it in the sentence
// ("Pakistani troops clashed ... near the border with Afghanistan" → Pakistan); when the phrase names both sides
// ("the Burma-China border" in a story of Burma) it is the story's. The country and the neighbours come from the
// gazetteer's and the actor dictionary's readings of the words. The area's point, where its side and one neighbour are
// known, is a town of the border strip on that side (data/places/border-points.tsv, made from GeoNames by
// scripts/border-points.ts); a region's precision says it is approximate. Rule: place:border-area.

// (the words between "the" and "border" name the border, never another phrase: "positions of | the militants near the
// border with Mali" is no border called "the militants near the")
const BORDER = /\b(near|on|along|at|by|to|close\s+to|from|of)\s+(the\s+(?:(?!(?:near|on|along|at|by|to|close|from|of|the|in|with|and)\s)[\w'’-]+\s+){0,3}?(?:border|frontier)(?:\s+(?:with|between)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s*)+(?:\s*and\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s*)+)?)?)/g;
// a phrase whose words name no neighbour ("near the border", "on the northern frontier") is left to the other rules
const MAX_SPAN = 90;

export interface BorderContext {
  /** The country most of the story's places are in. */
  readonly storyCountry: string | null;
  /** Actor phrases of the article: demonyms ("the Iraqi border") and the participants before the phrase. */
  readonly actors: readonly ActorPhrase[];
  /** "SIDE\tNEIGHBOUR" → a point near that border on that side (data/places/border-points.tsv). */
  readonly points?: ReadonlyMap<string, { readonly lat: number; readonly lon: number }>;
  /** A state's name by its code, to name a border the text calls only "the border" ("Cambodia-Thailand border"). */
  readonly countryName?: (code: string) => string | undefined;
}

/** The border areas the text names, each replacing the neighbours' names read inside it. */
export function withBorderAreas(doc: AnalyzedText, places: readonly PlaceMention[], ctx: BorderContext): PlaceMention[] {
  const areas: PlaceMention[] = [];
  for (const m of doc.text.matchAll(BORDER)) {
    const start = m.index + m[0].length - m[2].length;
    const end = start + m[2].replace(/[\s.,;:]+$/, '').length;
    if (end - start > MAX_SPAN) continue;
    const inside = (s: { start: number; end: number }) => s.start >= start && s.end <= end;
    const neighbours = new Set<string>();
    for (const p of places) if (inside(p) && p.place.country) neighbours.add(p.place.country);
    for (const a of ctx.actors) if (inside(a) && a.entry?.kind === 'country' && a.entry.country) neighbours.add(a.entry.country);
    const text = doc.text.slice(start, end);
    if (neighbours.size === 0) {
      // "clashes broke out on the border": no neighbour named (unnamed-border.ts)
      const unnamed = unnamedBorder(doc, start, end, areas, ctx);
      if (unnamed) areas.push({ start, end, text, place: unnamed, locative: true, prep: m[1].toLowerCase().replace(/\s+/g, ' '), rule: 'place:border-area' });
      continue;
    }
    const side = sideOf(doc, start, neighbours, ctx);
    const id = `border:${side ?? 'unknown'}:${[...neighbours].filter((n) => n !== side).sort().join('-') || normalizeName(text)}`;
    const point = borderPoint(side, neighbours, ctx.points);
    areas.push({ start, end, text, place: { id, name: text, precision: 'region', country: side, lat: point?.lat ?? null, lon: point?.lon ?? null }, locative: true, prep: m[1].toLowerCase().replace(/\s+/g, ' '), rule: 'place:border-area' });
  }
  if (areas.length === 0) return [...places];
  const covered = (p: PlaceMention) => areas.some((a) => p.start >= a.start && p.end <= a.end);
  return [...places.filter((p) => !covered(p)), ...areas].sort((a, b) => a.start - b.start);
}

/**
 * The border's point on `side` ("the border with Kenya" in a story of Somalia); for a border named by both sides and
 * no side known ("the Burma-China border"), halfway between its two sides' points, on the line itself.
 */
function borderPoint(side: string | null, neighbours: ReadonlySet<string>, points: BorderContext['points']): { lat: number; lon: number } | null {
  const others = [...neighbours].filter((n) => n !== side);
  if (!points || others.length === 0) return null;
  if (side !== null) return others.length === 1 ? points.get(`${side}\t${others[0]}`) ?? null : null;
  if (others.length !== 2) return null;
  const [a, b] = [points.get(`${others[0]}\t${others[1]}`), points.get(`${others[1]}\t${others[0]}`)];
  return a && b ? { lat: Math.round(((a.lat + b.lat) / 2) * 1e3) / 1e3, lon: Math.round(((a.lon + b.lon) / 2) * 1e3) / 1e3 } : null;
}

/**
 * The border a phrase naming no neighbour means, or null when the text says nothing of it: the border area the article
 * named last ("near the border with Somalia ... clashes on the border"); else the border between the two states whose
 * participants the sentence names ("Thai soldiers exchanged fire with Cambodian troops along the border"); else a border
 * of the story's country, with no point (it is no town of the story: "officials in Kabul said ... on the border").
 * A "border" that modifies a noun ("the border crossing", "the border town of X") is left to the other rules.
 */
function unnamedBorder(doc: AnalyzedText, start: number, end: number, before: readonly PlaceMention[], ctx: BorderContext): PlaceEntry | null {
  const next = doc.tokens[tokenAt(doc, end)];
  if (next && (next.pos === 'NOUN' || next.pos === 'PROPN') && next.start - end <= 1) return null;
  const named = [...before].reverse().find((a) => !a.place.id.endsWith(':unknown'));
  if (named) return named.place;
  const sentence = doc.sentences.find((s) => s.start <= start && start < s.end);
  const states = new Set(sentence ? ctx.actors.flatMap((a) => (a.start >= sentence.start && a.end <= sentence.end ? stateOf(a) : [])) : []);
  if (states.size === 2) {
    const side = ctx.storyCountry && states.has(ctx.storyCountry) ? ctx.storyCountry : null;
    const point = borderPoint(side, states, ctx.points);
    return { id: `border:${side ?? 'unknown'}:${[...states].filter((n) => n !== side).sort().join('-')}`, name: borderName([...states], ctx), precision: 'region', country: side, lat: point?.lat ?? null, lon: point?.lon ?? null };
  }
  if (!ctx.storyCountry) return null;
  return { id: `border:${ctx.storyCountry}:unknown`, name: borderName([ctx.storyCountry], ctx), precision: 'region', country: ctx.storyCountry, lat: null, lon: null };
}

/** "the border" is no place of that name: it is named by the states it lies between ("Cambodia-Thailand border"). */
function borderName(states: readonly string[], ctx: BorderContext): string {
  const names = states.map((c) => ctx.countryName?.(c) ?? c).sort();
  return `${names.join('-')} border`;
}

const stateOf = (a: ActorPhrase): string[] => {
  const state = a.entry?.country ?? (a.code && /^[A-Z]{3}/.test(a.code) ? a.code.slice(0, 3) : null);
  return state ? [state] : [];
};

/** The side of the border the phrase at `start` stands on: the story's country, else a participant's state before it. */
function sideOf(doc: AnalyzedText, start: number, neighbours: ReadonlySet<string>, ctx: BorderContext): string | null {
  // "the Burma-China border" in a story of Burma: the story's side
  if (ctx.storyCountry && (neighbours.size > 1 ? neighbours.has(ctx.storyCountry) : !neighbours.has(ctx.storyCountry))) return ctx.storyCountry;
  const sentence = doc.sentences.find((s) => s.start <= start && start < s.end);
  if (!sentence) return null;
  const states = ctx.actors.filter((a) => a.start >= sentence.start && a.end <= start).flatMap((a) => {
    const state = a.entry?.country ?? (a.code && /^[A-Z]{3}/.test(a.code) ? a.code.slice(0, 3) : null);
    return state && !neighbours.has(state) ? [state] : [];
  });
  return states[0] ?? null;
}
