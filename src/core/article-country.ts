import type { ActorPhrase, PlaceMention } from '../resolve/types.ts';
import { SpanIndex } from '../resolve/span-index.ts';
import { isConveyance } from '../resolve/conveyance.ts';
import { tokenAt } from '../resolve/token-map.ts';
import { sideRole } from '../resolve/definite-role-side.ts';
import type { AnalyzedText } from '../nlp/types.ts';

/**
 * The country an article is about: named (as actor or place) at least three times and at least twice
 * as often as any other. "The government" and "security forces" in that article are its own.
 */
export function dominantCountry(phrases: readonly ActorPhrase[], places: readonly PlaceMention[]): string | null {
  const counts = new Map<string, number>();
  const add = (c: string | null | undefined) => {
    if (c && /^[A-Z]{3}$/.test(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  };
  for (const p of phrases) if (p.kind !== 'anaphor') add(p.entry?.country ?? p.code?.slice(0, 3));
  const index = new SpanIndex(phrases);
  for (const p of places) if (index.containing(p.start, p.end).length === 0) add(p.place.country);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 3 || (second && first[1] < 2 * second[1])) return null;
  return first[0];
}

/**
 * Where an article's events happen: the country of most of its places (sites, cities, regions and
 * countries after "in"), named at least twice and at least twice as often as any other.
 */
export function dominantPlaceCountry(places: readonly PlaceMention[]): string | null {
  const counts = new Map<string, number>();
  for (const p of places) {
    if (p.place.precision === 'country' && !p.locative) continue;
    if (p.place.country) counts.set(p.place.country, (counts.get(p.place.country) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < 2 || (second && first[1] < 2 * second[1])) return null;
  return first[0];
}

// the armed roles whose bare mentions an article's named ones speak for: "troops", "soldiers", "police"
const ARMED_ROLE = /^[A-Z]{3}(MIL|COP)$/;

/** The armed roles an article names with a country, where: `side(p, from, to)` is the one country of the named
 * mentions of bare `p`'s role starting in [from, to), null when they name several, undefined when there are none. */
export interface NamedRoleSides { readonly side: (p: ActorPhrase, from: number, to: number) => string | null | undefined }

/**
 * "Israeli troops raided Jenin ... Troops fired on a car near Hebron": the country the article names each armed role
 * with ("Israeli troops" → MIL → ISR), when it names it with one country only. A bare role of that kind is that side's,
 * wherever its act happens; the place's country is only a fallback. Read by position (core/assemble.ts): a side
 * named only later ("President Marcos ordered the military to deliver food ... The U.S. military said it would
 * help") is no stronger than the bare role's own context.
 */
export function namedRoleCountries(doc: AnalyzedText, phrases: readonly ActorPhrase[], weaponNouns: ReadonlySet<string>, nationals: ReadonlyMap<string, string>): NamedRoleSides {
  const named: { role: string; country: string; start: number }[] = [];
  for (const p of phrases) {
    // ("Soldiers in Benin" names its side as "Beninese soldiers" does)
    const country = p.entry?.country ?? (p.rule === 'actor:role-in-country' ? p.code?.slice(0, 3) : undefined);
    if (p.kind !== 'role' || !country || !p.code || !ARMED_ROLE.test(p.code) || !p.code.startsWith(country) || isConveyance(doc, p, weaponNouns)) continue;
    named.push({ role: p.code.slice(3), country, start: p.start });
  }
  return {
    side: (p, from, to) => {
      // ("the junta" rules its own country: no armed role a foreign force named before speaks for, resolve/definite-role-side.ts)
      const role = sideRole(doc, p, nationals);
      const countries = new Set(named.filter((n) => n.role === role && n.start >= from && n.start < to).map((n) => n.country));
      return countries.size === 0 ? undefined : countries.size === 1 ? [...countries][0] : null;
    },
  };
}

export const LATER_SIDE_OUT_OF_REACH_RULE = 'actor:later-side-out-of-reach';

/**
 * "Troops fired near Jenin ... Israeli troops later withdrew": a side named after a bare armed role speaks for it only
 * in the role's own sentence or the next one, which still tell the same moment. Further on the story has moved on, and
 * a side named there is most often another force come in ("Troops surrounded the residence in Juba ... Uganda said it
 * had sent special forces ... The Ugandan military carried out airstrikes"): where the later side lies beyond this
 * reach the role keeps its own context (the place, the story's country). The end of that reach, in characters.
 */
export function laterSideReach(doc: AnalyzedText, p: { readonly start: number }): number {
  const at = doc.sentences.findIndex((s) => s.end > p.start);
  return at < 0 ? Infinity : doc.sentences[at + 1]?.end ?? Infinity;
}

/**
 * The country of the story's places, the dateline's city counting as two of them unless it is a desk abroad (its
 * country none of the opening sentences' places are in: "NAIROBI, Kenya (AP) — Militants attacked a base in
 * southern Somalia").
 */
export function storyPlaceCountry(places: readonly PlaceMention[], dateline: PlaceMention | null, opening: ReadonlySet<string>): string | null {
  const home = filedAtHome(dateline, opening);
  return dominantPlaceCountry(home ? [...places, dateline, dateline] : places);
}

/** The dateline's country, when the story's opening places its news there too (or nowhere): else null. */
export function datelineHomeCountry(dateline: PlaceMention | null, opening: ReadonlySet<string>): string | null {
  return filedAtHome(dateline, opening) ? dateline.place.country : null;
}

function filedAtHome(dateline: PlaceMention | null, opening: ReadonlySet<string>): dateline is PlaceMention {
  return dateline !== null && (opening.size === 0 || (dateline.place.country !== null && opening.has(dateline.place.country)));
}

/**
 * "ROME (Reuters) - Italy's coast guard rescued …": a story filed from a country whose actors its first sentence names
 * is that country's story when no country dominates it; an official it names by title alone ("Interior Minister
 * Matteo Piantedosi defended the measures") is that country's. (A dateline abroad, "ROME - Libyan forces …", names none.)
 */
export function datelineActorsCountry(dateline: PlaceMention | null, phrases: readonly ActorPhrase[], lead: { readonly start: number; readonly end: number } | undefined): string | null {
  const country = dateline?.place.country;
  if (!dateline || !country || !lead) return null;
  const named = phrases.some((p) => p.kind !== 'anaphor' && p.start >= Math.max(lead.start, dateline.end) && p.end <= lead.end && (p.entry?.country ?? p.code?.slice(0, 3)) === country);
  return named ? country : null;
}

/**
 * "DUBAI (Reuters) - Iran's judiciary sentenced a French citizen ... The government accused him", "NAIROBI - Ethiopia
 * declared a state of emergency in Amhara ... Police arrested dozens": a story filed from a desk abroad (a hub such as
 * Dubai, Nairobi, Geneva or Bangkok) is about the country its lead's first actor belongs to, not the dateline's. The desk
 * is abroad when the lead names actors of states, none of them the dateline's, and places none of its news there
 * ("MOSCOW - Ukrainian drones struck a depot in the Bryansk region" stays Russia's story). Null when the lead names no
 * state's actor or the dateline's own, or its first actor is of no known state.
 */
export function abroadLeadCountry(dateline: PlaceMention | null, opening: ReadonlySet<string>, phrases: readonly ActorPhrase[], lead: { readonly start: number; readonly end: number } | undefined, isState: (code: string) => boolean, weaponNouns: ReadonlySet<string>, doc: AnalyzedText): string | null {
  const home = dateline?.place.country;
  if (!dateline || !home || !lead || opening.has(home)) return null;
  const from = Math.max(lead.start, dateline.end);
  const countries: string[] = [];
  for (const p of phrases) {
    if (p.start < from || p.end > lead.end || p.kind === 'anaphor' || p.locative) continue;
    const country = p.entry?.country ?? p.code?.slice(0, 3);
    // ("KYIV — Russian drones struck a building": a state's missiles, drones and jets strike abroad, most often the
    // desk's country; they say nothing of whose story it is)
    const first = tokenAt(doc, p.start), last = tokenAt(doc, p.end - 1);
    if (weaponNouns.has(doc.tokens[last]?.lemma ?? '') || weaponNouns.has(doc.tokens[last + 1]?.lemma ?? '')) continue;
    // (nor do fighters and where they came from: "KABUL — Fighters from Pakistan attacked a checkpoint")
    if (doc.tokens[last + 1]?.lower === 'from' || doc.tokens[first - 1]?.lower === 'from' || doc.tokens[first - 1]?.lower === 'the' && doc.tokens[first - 2]?.lower === 'from') continue;
    // ("SEOUL - Acting President Choi condemned North Korea's launch": a lead opened by an actor of no known state
    // may be the desk's own; the states it acts on do not make the story theirs)
    if (countries.length === 0 && !(country && isState(country)) && (p.kind === 'role' || p.kind === 'person' || p.kind === 'named')) return null;
    if (country && isState(country)) countries.push(country);
  }
  return countries.length > 0 && !countries.includes(home) ? countries[0] : null;
}

